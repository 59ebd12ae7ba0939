import type { Words } from '../../../translate.ts';

export default {
  'error.WM_REPORT_PERIOD_TOO_LONG': 'একটি রিপোর্ট সর্বোচ্চ {max} মাসের হতে পারে। কম সময় বেছে নিন।',
} satisfies Words;
