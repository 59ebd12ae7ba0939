import type { Words } from '../../../translate.ts';

export default {
  'accept.title': '{name} کی طرف سے ان کا ریکارڈ دیکھنے کی دعوت',
  'accept.as': 'ان کے ریکارڈ میں آپ کا نام {knownAs} ہے، اور آپ ان کے {role} ہیں۔',
  'accept.sections': 'آپ کو یہ پڑھنے کی اجازت ہو گی:',
  'accept.nothing': 'ابھی کوئی حصہ نہیں۔ بعد میں {name} کی طرف سے اور بھی شیئر کیا جا سکتا ہے۔',
  'accept.until': 'آپ کی رسائی {date} کے بعد ختم ہو جائے گی۔',
  'accept.readOnly':
    'آپ یہ حصے پڑھ سکتے ہیں لیکن بدل نہیں سکتے۔ {name} کو کسی بھی وقت شیئر کرنا بند کرنے کا اختیار ہے۔',
  'accept.expires': 'یہ دعوت {when} تک کام کرے گی۔',
  'accept.accept': 'قبول کریں',
  'accept.notNow': 'ابھی نہیں',
  'accept.gone.title': 'یہ دعوت کام نہیں کرتی',
  'accept.gone.body':
    'ہو سکتا ہے یہ پہلے ہی استعمال ہو چکی ہو، واپس لے لی گئی ہو، یا اس کی میعاد ختم ہو گئی ہو۔ جس شخص نے آپ کو دعوت دی تھی، اس سے نئی دعوت مانگیں۔',
  'accept.code.title': 'کیا آپ کے پاس کوڈ ہے؟',
  'accept.code.label': 'دعوت کا کوڈ',
  'accept.code.hint': 'وہ کوڈ جو کسی نے آپ کو پڑھ کر سنایا یا بھیجا، جیسے K7P-M3Q-X9T-W۔',
  'accept.code.submit': 'آگے بڑھیں',
  'accept.code.required': 'آپ کو دیا گیا کوڈ درج کریں',
  'accept.accepted': 'اب {name} کے ریکارڈ کا کچھ حصہ آپ سے شیئر ہے۔',
} satisfies Words;
