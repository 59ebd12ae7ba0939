import type { Words } from '../../../translate.ts';

export default {
  'error.WM_AUTH_WRONG_PASSWORD': 'এটি আপনার এখনকার পাসওয়ার্ড নয়। দেখে নিয়ে আবার চেষ্টা করুন।',
} satisfies Words;
