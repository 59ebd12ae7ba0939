import type { Words } from '../../../translate.ts';

export default {
  'auth.signUp.title': 'Załóż konto w Waymark',
  'auth.signUp.intro':
    'Waymark to mój własny zapis drogi zdrowienia. To ja decyduję, co się w nim znajdzie i kto go zobaczy.',
  'auth.signUp.submit': 'Załóż konto',
  'auth.signUp.haveAccount': 'Mam już konto',
  'auth.signIn.title': 'Zaloguj się do Waymark',
  'auth.signIn.submit': 'Zaloguj się',
  'auth.signIn.forgot': 'Nie pamiętasz hasła?',
  'auth.signIn.noAccount': 'Pierwszy raz w Waymark?',
  'auth.signedOut': 'Wylogowano.',
  'auth.signOutFailed':
    'Nie udało się wylogować. Proszę sprawdzić połączenie i spróbować jeszcze raz.',
} satisfies Words;
