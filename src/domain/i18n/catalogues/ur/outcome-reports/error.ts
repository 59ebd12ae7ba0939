import type { Words } from '../../../translate.ts';

export default {
  'error.WM_REPORT_PERIOD_BACKWARDS':
    'آخری مہینہ پہلے مہینے سے پہلے ہے۔ ایسا آخری مہینہ چنیں جو پہلے مہینے جیسا ہو یا اس کے بعد ہو۔',
  'error.WM_REPORT_PERIOD_TOO_LONG':
    'ایک رپورٹ زیادہ سے زیادہ {max} مہینوں کی ہو سکتی ہے۔ کم وقت چنیں۔',
  'error.WM_REPORT_PERSON_LEVEL':
    'رپورٹ صرف لوگوں کے گروپوں کے کل اعداد دکھاتی ہے۔ یہ کبھی کسی ایک شخص کو الگ سے نہیں دکھاتی۔',
  'error.WM_REPORT_GROUP_TOO_SMALL':
    'یہاں {min} سے کم لوگ گنے گئے ہیں۔ انہیں نجی رکھنے کے لیے ہم اتنی چھوٹی رپورٹ نہیں دکھاتے۔ لمبا وقت یا بڑا گروپ چنیں۔',
} satisfies Words;
