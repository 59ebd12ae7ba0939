import type { Words } from '../../../translate.ts';

export default {
  'error.WM_API_TOKEN_LIMIT':
    'آپ کے پاس زیادہ سے زیادہ {max} کلیدیں ہو سکتی ہیں۔ پہلے کوئی ایسی کلید واپس لیں جو اب استعمال نہیں ہوتی۔',
  'error.WM_API_TOKEN_END_DATE': 'آخری دن آج سے لے کر اب سے {days} دن تک کے بیچ چنیں۔',
  'error.WM_FHIR_TOKEN_INVALID':
    'یہ ٹوکن کام نہیں کرتا۔ ہو سکتا ہے یہ غلط ہو، یا اس کی میعاد ختم ہو گئی ہو، یا اسے واپس لے لیا گیا ہو، یا شیئر کرنا رکا ہوا ہو۔',
  'error.WM_FHIR_SCOPE': 'یہ ٹوکن {type} نہیں پڑھ سکتا۔',
  'error.WM_FHIR_UNKNOWN_TYPE': 'ہم {type} قسم فراہم نہیں کرتے۔',
  'error.WM_FHIR_UNKNOWN_PARAMETER': 'ہم تلاش کی اصطلاح {name} نہیں جانتے۔',
  'error.WM_FHIR_BAD_PARAMETER': '{name} کی قدر درست نہیں ہے۔',
  'error.WM_FHIR_NOT_ACCEPTABLE': 'ہم صرف FHIR JSON میں جواب دیتے ہیں۔',
} satisfies Words;
