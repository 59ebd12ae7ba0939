import type { Words } from '../../../translate.ts';

export default {
  'errors.summaryTitle': 'Wystąpił problem',
  'errors.saveFailed':
    'Zmiany nie zostały zapisane. Tekst nadal tu jest. Proszę spróbować jeszcze raz.',
  'errors.network':
    'Nie udało się połączyć z Waymark. Proszę sprawdzić połączenie. Tekst nadal tu jest.',
  'errors.signInAgain':
    'Nastąpiło wylogowanie, więc to nie zostało zapisane. Tekst nadal tu jest. Proszę zalogować się ponownie w innej karcie, a potem wrócić tutaj i zapisać.',
  'errors.prefix': 'Błąd:',
} satisfies Words;
