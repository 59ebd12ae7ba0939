import type { Words } from '../../../translate.ts';

export default {
  'error.WM_ACCOUNT_CLOSE_STAFF':
    'Does dim modd cau cyfrif staff yma. Gofynnwch i weinyddwr eich gwasanaeth ei ddiffodd.',
} satisfies Words;
