import type { Words } from '../../../translate.ts';

export default {
  'date.day': 'Dzień',
  'date.month': 'Miesiąc',
  'date.year': 'Rok',
} satisfies Words;
