import type { Words } from '../../../translate.ts';

export default {
  'validation.samePassword': 'এমন একটি নতুন পাসওয়ার্ড বেছে নিন যা আপনার এখনকার পাসওয়ার্ড থেকে আলাদা।',
} satisfies Words;
