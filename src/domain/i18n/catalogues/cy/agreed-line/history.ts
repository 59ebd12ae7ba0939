import type { Words } from '../../../translate.ts';

export default {
  'history.byName': 'Ysgrifennwyd gan {author}',
} satisfies Words;
