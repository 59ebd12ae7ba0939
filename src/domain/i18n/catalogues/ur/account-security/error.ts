import type { Words } from '../../../translate.ts';

export default {
  'error.WM_AUTH_WRONG_PASSWORD':
    'یہ آپ کا موجودہ پاس ورڈ نہیں ہے۔ اسے چیک کریں اور دوبارہ کوشش کریں۔',
} satisfies Words;
