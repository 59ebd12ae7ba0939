import type { Words } from '../../../translate.ts';

export default {
  'fold.filled': 'Wypełnione',
  'fold.empty': 'Jeszcze niewypełnione',
  'fold.openAll': 'Rozwiń wszystkie części',
  'fold.closeAll': 'Zwiń wszystkie części',
} satisfies Words;
