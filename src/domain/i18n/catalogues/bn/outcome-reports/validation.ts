import type { Words } from '../../../translate.ts';

export default {
  'validation.required.reportMonth': 'একটি মাস বেছে নিন',
  'validation.reportMonth': '2000 থেকে 2099 পর্যন্ত একটি মাস ও বছর বেছে নিন',
} satisfies Words;
