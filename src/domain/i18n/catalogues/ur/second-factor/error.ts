import type { Words } from '../../../translate.ts';

export default {
  'error.WM_SECOND_FACTOR_WRONG_CODE':
    'یہ کوڈ درست نہیں ہے۔ اپنی ایپ میں ابھی دکھایا گیا کوڈ دیکھیں اور دوبارہ کوشش کریں۔',
  'error.WM_SECOND_FACTOR_CODE_USED':
    'یہ کوڈ پہلے ہی استعمال ہو چکا ہے۔ ایپ میں نیا کوڈ آنے کا انتظار کریں، پھر وہ درج کریں۔',
  'error.WM_SECOND_FACTOR_WRONG_RECOVERY_CODE':
    'یہ ریکوری کوڈ درست نہیں ہے، یا پہلے ہی استعمال ہو چکا ہے۔ اسے دیکھیں اور دوبارہ کوشش کریں۔',
  'error.WM_SECOND_FACTOR_TOO_MANY_ATTEMPTS':
    'بہت زیادہ کوڈ آزمائے جا چکے ہیں۔ {wait} بعد دوبارہ کوشش کریں۔',
  'error.WM_SECOND_FACTOR_ALREADY_ON':
    'دو مرحلوں والا سائن اِن پہلے سے آن ہے۔ اسے دوبارہ سیٹ کرنے کے لیے پہلے اسے بند کریں۔',
  'error.WM_SECOND_FACTOR_NOT_STARTED': 'پہلے دو مرحلوں والا سائن اِن سیٹ کرنا شروع کریں۔',
  'error.WM_SECOND_FACTOR_SIGN_IN_EXPIRED':
    'آپ کے سائن اِن میں بہت دیر ہو گئی۔ اپنا ای میل پتہ اور پاس ورڈ دوبارہ درج کریں۔',
} satisfies Words;
