import type { Words } from '../../../translate.ts';

export default {
  'agreed.line': '{author} نے لکھا، {agreedBy} نے {when} کو منظور کیا',
  'agreed.you': 'آپ',
} satisfies Words;
