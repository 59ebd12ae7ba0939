import type { Words } from '../../../translate.ts';

export default {
  'history.byName': 'Kto napisał: {author}',
} satisfies Words;
