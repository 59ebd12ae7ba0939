import type { Words } from '../../../translate.ts';

export default {
  'home.plansTitle': 'Moje plany',
} satisfies Words;
