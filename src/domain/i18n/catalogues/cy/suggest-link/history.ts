import type { Words } from '../../../translate.ts';

export default {
  'history.agreedByOn': 'Cytunwyd gan {author} ar {when}',
} satisfies Words;
