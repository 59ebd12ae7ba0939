import type { Words } from '../../../translate.ts';

export default {
  'date.day': 'Diwrnod',
  'date.month': 'Mis',
  'date.year': 'Blwyddyn',
} satisfies Words;
