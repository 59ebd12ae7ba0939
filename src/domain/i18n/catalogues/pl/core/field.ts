import type { Words } from '../../../translate.ts';

export default {
  'field.email': 'Adres e-mail',
  'field.password': 'Hasło',
  'field.displayName': 'Imię',
  'field.displayName.hint':
    'Jak inni mają się do mnie zwracać. Nie musi to być pełne imię i nazwisko.',
  'field.password.hint':
    'Co najmniej 12 znaków. Dobrze sprawdza się kilka przypadkowych słów razem.',
} satisfies Words;
