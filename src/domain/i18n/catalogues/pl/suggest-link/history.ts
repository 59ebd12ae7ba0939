import type { Words } from '../../../translate.ts';

export default {
  'history.agreedByOn': 'Kto zaakceptował: {author}, {when}',
} satisfies Words;
