import type { Words } from '../../../translate.ts';

export default {
  'validation.samePassword': 'Dewiswch gyfrinair newydd sy’n wahanol i’ch un presennol.',
} satisfies Words;
