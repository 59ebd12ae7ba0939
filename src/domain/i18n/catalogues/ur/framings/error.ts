import type { Words } from '../../../translate.ts';

export default {
  'error.WM_LIFE_AREAS_IN_USE':
    'آپ کی زندگی کے حصے پہلے ہی بدلے یا استعمال کیے جا چکے ہیں، اس لیے یہ ویسے ہی رہیں گے۔ آپ اب بھی ان میں نئے حصے شامل کر سکتے ہیں۔',
} satisfies Words;
