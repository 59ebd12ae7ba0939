import type { Words } from '../../../translate.ts';

export default {
  'agreed.line': 'Ysgrifennwyd gan {author}, cytunwyd gan {agreedBy} ar {when}',
  'agreed.you': 'chi',
} satisfies Words;
