import type { Words } from '../../../translate.ts';

export default {
  'history.byName': 'لکھنے والے: {author}',
} satisfies Words;
