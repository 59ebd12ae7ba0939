import type { Words } from '../../../translate.ts';

export default {
  'security.password.title': 'Zmień moje hasło',
  'security.password.intro':
    'Po zmianie hasła wszystkie inne urządzenia zalogowane na to konto zostaną wylogowane. To urządzenie pozostanie zalogowane.',
  'security.password.current': 'Obecne hasło',
  'security.password.new': 'Nowe hasło',
  'security.password.newHint':
    'Co najmniej {min, plural, one {# znak} few {# znaki} many {# znaków} other {# znaku}}. Dobrze sprawdza się kilka słów, które łatwo zapamiętać.',
  'security.password.save': 'Zmień moje hasło',
  'security.password.saved': 'Hasło zostało zmienione.',
  'security.devices.title': 'Gdzie moje konto jest zalogowane',
  'security.devices.intro':
    'Każda przeglądarka zalogowana na to konto. Jeśli jest tu nieznana przeglądarka, warto ją wylogować i zmienić hasło.',
  'security.devices.thisDevice': 'To urządzenie',
  'security.devices.otherDevice': 'Zalogowano: {when}',
  'security.devices.signedIn': 'Zalogowano: {when}',
  'security.devices.lastSeen': 'Ostatnio używane: {when}',
  'security.devices.signOut': 'Wyloguj to urządzenie',
  'security.devices.signedOut': 'To urządzenie zostało wylogowane.',
  'security.devices.signOutHere': 'Wyloguj się tutaj',
  'security.password.savedElsewhere':
    'Hasło zostało zmienione. Wylogowano {count, plural, one {# inne urządzenie} few {# inne urządzenia} many {# innych urządzeń} other {# innego urządzenia}}.',
} satisfies Words;
