import type { Words } from '../../../translate.ts';

export default {
  'date.day': 'দিন',
  'date.month': 'মাস',
  'date.year': 'বছর',
} satisfies Words;
