import type { Words } from '../../../translate.ts';

export default {
  'accessLog.sentence.suggested': '{who} – propozycja zmiany: {section}',
  'accessLog.sentence.suggestion_withdrawn': '{who} – wycofanie propozycji: {section}',
} satisfies Words;
