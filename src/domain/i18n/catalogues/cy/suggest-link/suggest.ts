import type { Words } from '../../../translate.ts';

export default {
  'suggest.link': 'Awgrymu newid',
  'suggest.newGoal': 'Awgrymu nod newydd',
} satisfies Words;
