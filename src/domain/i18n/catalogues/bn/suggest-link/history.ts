import type { Words } from '../../../translate.ts';

export default {
  'history.agreedByOn': '{when} তারিখে একমত হয়েছেন {author}',
} satisfies Words;
