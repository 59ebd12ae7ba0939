import type { Words } from '../../../translate.ts';

export default {
  'validation.required.reportMonth': 'Dewiswch fis',
  'validation.reportMonth': 'Dewiswch fis a blwyddyn, o 2000 i 2099',
} satisfies Words;
