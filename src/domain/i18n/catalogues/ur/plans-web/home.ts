import type { Words } from '../../../translate.ts';

export default {
  'home.plansTitle': 'میرے منصوبے',
} satisfies Words;
