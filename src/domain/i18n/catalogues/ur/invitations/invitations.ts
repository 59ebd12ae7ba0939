import type { Words } from '../../../translate.ts';

export default {
  'invitations.validation.role': 'چنیں کہ یہ شخص آپ کا کون ہے',
  'invitations.suggest':
    '{section}: ان کی طرف سے تبدیلیوں کی تجاویز بھی آ سکتی ہیں، جنہیں ماننا یا نہ ماننا آپ کی مرضی ہے',
  'invitations.validation.knownAs': 'وہ نام درج کریں جس سے آپ انہیں پکاریں',
  'invitations.validation.level':
    'ہر حصے کے لیے چنیں: کچھ نہیں، صرف دیکھنا، یا تبدیلیوں کی تجویز دینا',
  'invitations.validation.section': 'اس نام کا کوئی حصہ نہیں ہے',
  'invitations.validation.journal':
    'ڈائری کو ایک حصے کے طور پر شیئر نہیں کیا جا سکتا۔ آپ ڈائری میں سے ایک تحریر شیئر کر سکتے ہیں۔',
  'invitations.validation.endsAtPast': 'ختم ہونے کی تاریخ آج یا آنے والے کسی دن کی ہونی چاہیے',
  'invitations.validation.expiry': 'میعاد 1 سے 30 دن کے بیچ چنیں',
  'invitations.list.title': 'وہ دعوتیں جو ابھی قبول ہونی ہیں',
  'invitations.list.none': 'آپ کی کوئی دعوت انتظار میں نہیں ہے۔',
  'invitations.list.item': '{name} ({role})',
  'invitations.list.sees': 'انہیں یہ دکھائی دے گا: {sections}',
  'invitations.list.seesNothing': 'ابھی کچھ نہیں',
  'invitations.list.until': '{when} تک کام کرے گی',
  'invitations.list.ends': 'رسائی {date} کے بعد ختم ہو جائے گی',
  'invitations.withdraw': 'واپس لیں',
  'invitations.withdrawn': '{name} کے لیے دعوت واپس لے لی گئی۔ لنک اور کوڈ اب کام نہیں کرتے۔',
} satisfies Words;
