import type { Words } from '../../../translate.ts';

export default {
  'app.name': 'Waymark',
  'app.skipToContent': 'Przejdź do głównej treści',
  'app.loading': 'Ładowanie…',
  'app.loadFailed':
    'Przepraszamy, nie udało się załadować tej strony. Proszę sprawdzić połączenie i spróbować jeszcze raz.',
  'app.tryAgain': 'Spróbuj jeszcze raz',
  'app.notFound.title': 'Nie znaleziono strony',
  'app.notFound.body': 'Nie udało się znaleźć tej strony. Mogła zostać przeniesiona.',
  'app.backHome': 'Przejdź do mojej strony głównej',
  'app.title': '{title} – Waymark',
  'app.titleError': 'Błąd: {title} – Waymark',
  'app.quoted': '„{text}”',
} satisfies Words;
