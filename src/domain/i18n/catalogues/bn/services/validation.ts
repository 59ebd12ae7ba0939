import type { Words } from '../../../translate.ts';

export default {
  'validation.required.serviceName': 'সার্ভিসের নাম লিখুন',
} satisfies Words;
