import type { Words } from '../../../translate.ts';

export default {
  'home.plansTitle': 'Fy nghynlluniau',
} satisfies Words;
