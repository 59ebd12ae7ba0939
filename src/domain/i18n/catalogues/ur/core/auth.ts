import type { Words } from '../../../translate.ts';

export default {
  'auth.signUp.title': 'اپنا Waymark اکاؤنٹ بنائیں',
  'auth.signUp.intro':
    'Waymark آپ کی بحالی کا اپنا ریکارڈ ہے۔ اس میں کیا لکھا جائے اور اسے کون دیکھے، یہ فیصلہ آپ کا ہے۔',
  'auth.signUp.submit': 'اکاؤنٹ بنائیں',
  'auth.signUp.haveAccount': 'کیا آپ کا اکاؤنٹ پہلے سے ہے؟',
  'auth.signIn.title': 'Waymark میں سائن اِن کریں',
  'auth.signIn.submit': 'سائن اِن کریں',
  'auth.signIn.forgot': 'اپنا پاس ورڈ بھول گئے؟',
  'auth.signIn.noAccount': 'کیا آپ Waymark پر نئے ہیں؟',
  'auth.signedOut': 'آپ کا سائن آؤٹ ہو گیا ہے۔',
  'auth.signOutFailed': 'ہم آپ کو سائن آؤٹ نہیں کر سکے۔ اپنا کنکشن چیک کریں اور دوبارہ کوشش کریں۔',
} satisfies Words;
