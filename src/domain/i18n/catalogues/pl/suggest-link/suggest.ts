import type { Words } from '../../../translate.ts';

export default {
  'suggest.link': 'Zaproponuj zmianę',
  'suggest.newGoal': 'Zaproponuj nowy cel',
} satisfies Words;
