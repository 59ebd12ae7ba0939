import type { Words } from '../../../translate.ts';

export default {
  'history.agreedByOn': '{author} نے {when} کو منظور کیا',
} satisfies Words;
