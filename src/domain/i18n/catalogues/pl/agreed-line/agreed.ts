import type { Words } from '../../../translate.ts';

export default {
  'agreed.line': 'Kto napisał: {author}. Kto zaakceptował: {agreedBy}, {when}',
  'agreed.you': 'Ja',
} satisfies Words;
