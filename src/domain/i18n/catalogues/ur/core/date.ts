import type { Words } from '../../../translate.ts';

export default {
  'date.day': 'دن',
  'date.month': 'مہینہ',
  'date.year': 'سال',
} satisfies Words;
