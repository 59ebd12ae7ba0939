import type { Words } from '../../../translate.ts';

export default {
  'errors.summaryTitle': 'ایک مسئلہ ہے',
  'errors.saveFailed':
    'آپ کی تبدیلیاں محفوظ نہیں ہوئیں۔ آپ کا لکھا ہوا ابھی یہیں ہے۔ دوبارہ کوشش کریں۔',
  'errors.network':
    'Waymark سے رابطہ نہیں ہو سکا۔ اپنا کنکشن چیک کریں۔ آپ کا لکھا ہوا ابھی یہیں ہے۔',
  'errors.signInAgain':
    'آپ کا سائن آؤٹ ہو گیا تھا، اس لیے یہ محفوظ نہیں ہوا۔ آپ کا لکھا ہوا ابھی یہیں ہے۔ کسی اور ٹیب میں دوبارہ سائن اِن کریں، پھر یہاں واپس آ کر محفوظ کریں۔',
  'errors.prefix': 'خرابی:',
} satisfies Words;
