import type { Words } from '../../../translate.ts';

export default {
  'suggest.link': 'একটি বদলের পরামর্শ দিন',
  'suggest.newGoal': 'একটি নতুন লক্ষ্যের পরামর্শ দিন',
} satisfies Words;
