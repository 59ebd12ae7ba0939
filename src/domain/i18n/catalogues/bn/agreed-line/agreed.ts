import type { Words } from '../../../translate.ts';

export default {
  'agreed.line': 'লিখেছেন {author}, {when} তারিখে একমত হয়েছেন {agreedBy}',
  'agreed.you': 'আপনি',
} satisfies Words;
