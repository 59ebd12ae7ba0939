import type { Words } from '../../../translate.ts';

export default {
  'history.byName': 'লিখেছেন {author}',
} satisfies Words;
