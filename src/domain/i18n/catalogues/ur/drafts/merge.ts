import type { Words } from '../../../translate.ts';

export default {
  'merge.saved':
    'آپ کی تبدیلی کے دوران ہی کسی اور نے یہاں تبدیلیاں محفوظ کیں۔ ان کی اور آپ کی، دونوں کی تبدیلیاں رکھی گئی ہیں۔ {time} پر محفوظ ہوا۔',
  'merge.usingSaved':
    'اب ان حصوں میں آپ کے سامنے محفوظ شدہ الفاظ ہیں۔ آپ کی باقی تبدیلیاں رکھی گئی ہیں۔',
} satisfies Words;
