import type { Words } from '../../../translate.ts';

export default {
  'section.supporter_space': 'آپ کی اپنی جگہ',
} satisfies Words;
