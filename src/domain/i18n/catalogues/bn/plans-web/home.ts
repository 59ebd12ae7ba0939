import type { Words } from '../../../translate.ts';

export default {
  'home.plansTitle': 'আমার পরিকল্পনা',
} satisfies Words;
