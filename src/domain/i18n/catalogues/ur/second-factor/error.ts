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
  'error.WM_PASSKEY_NOT_ACCEPTED': 'یہ پاس کی قبول نہیں ہوئی۔ دوبارہ کوشش کریں۔',
  'error.WM_PASSKEY_ALREADY_ADDED': 'یہ پاس کی پہلے سے شامل ہے۔',
  'error.WM_PASSKEY_LIMIT':
    'آپ کے پاس {max} پاس کیز ہیں، جو زیادہ سے زیادہ حد ہے۔ نئی شامل کرنے سے پہلے ایک ہٹائیں۔',
  'error.WM_PASSKEY_LAST_FACTOR':
    'یہ پاس کی آپ کا واحد دوسرا قدم ہے۔ آپ ایک سروس کے لیے کام کرتے ہیں، اس لیے جن لوگوں کے ساتھ آپ کام کرتے ہیں انہیں دیکھنے کے لیے آپ کو اس کی ضرورت ہے۔ پہلے کوئی اور پاس کی شامل کریں یا ایپ ترتیب دیں۔',
  'error.WM_PASSKEY_NONE': 'آپ نے کوئی پاس کی شامل نہیں کی۔ اپنی ایپ سے کوڈ درج کریں۔',
} satisfies Words;
