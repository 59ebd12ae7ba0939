import type { Words } from '../../../translate.ts';

export default {
  'network.title': 'میرا مدد کا حلقہ',
  'network.intro':
    'وہ لوگ، گروپ اور سروسز جو آپ کا ساتھ دیتے ہیں: ہر ایک کیسے مدد کرتا ہے، اور ان سے کیسے رابطہ کریں۔ آپ کے منصوبوں میں یہاں سے لوگوں کے نام لیے جا سکتے ہیں۔',
  'network.add': 'کسی کو شامل کریں',
  'network.none':
    'آپ نے ابھی کسی کو شامل نہیں کیا۔ آپ کی مدد کون کرتا ہے؟ کوئی دوست، پڑوسی، کوئی گروپ جس میں آپ شامل ہوں، یا کوئی سروس ہو سکتی ہے۔',
  'network.kind.person': 'شخص',
  'network.kind.group': 'گروپ',
  'network.kind.service': 'سروس',
  'network.formal': 'رسمی مدد',
  'network.informal': 'غیر رسمی مدد',
  'network.formal.long': 'رسمی: کوئی پیشہ ور یا کوئی سروس، جیسے GP (فیملی ڈاکٹر)، نرس یا بحران ٹیم',
  'network.informal.long': 'غیر رسمی: خاندان، دوست، پڑوسی، کوئی گروپ یا برادری',
  'network.crisisContact': 'بحران میں رابطہ',
  'network.field.name': 'نام',
  'network.field.name.hint':
    'وہ نام جس سے آپ انہیں پکاریں۔ مثال کے طور پر: ”امی“، ”ساتھ والے گھر کے عادل“، ”منگل کا پیدل چلنے والا گروپ“۔',
  'network.field.kind': 'یہ کوئی شخص ہے، گروپ ہے یا سروس؟',
  'network.field.howTheyHelp': 'یہ کیسے مدد کرتے ہیں',
  'network.field.howTheyHelp.hint':
    'مثال کے طور پر: ”بغیر پرکھے میری بات سننا“، ”جب میں خود باہر نہ نکل پاؤں تو مجھے سیر کے لیے لے جانا“۔',
  'network.field.phone': 'فون',
  'network.field.phoneOptional': 'فون نمبر (اختیاری)',
  'network.field.phone.hint': 'مثال کے طور پر: 07700 900123۔',
  'network.field.email': 'ای میل',
  'network.field.emailOptional': 'ای میل ایڈریس (اختیاری)',
  'network.field.notes': 'نوٹ',
  'network.field.notesOptional': 'نوٹ (اختیاری)',
  'network.field.notes.hint':
    'مثال کے طور پر: فون کرنے کا بہترین وقت، یا ”رات 9 بجے کے بعد فون نہ کریں“۔',
  'network.field.formal': 'یہ کس قسم کی مدد ہے؟',
  'network.field.formal.hint': 'دونوں قسمیں اہم ہیں۔',
  'network.field.crisisContact': 'بحران میں جس سے رابطہ کیا جائے',
  'network.field.crisisContact.hint':
    'اگر آپ چاہیں کہ بحران کے وقت ان سے رابطہ کیا جائے تو اس پر نشان لگائیں۔',
  'network.new.title': 'میرے مدد کے حلقے میں کسی کو شامل کریں',
  'network.edit.title': 'تفصیلات بدلیں',
  'network.save': 'محفوظ کریں',
  'network.saved': '”{name}“ کو محفوظ کر دیا گیا۔',
  'network.back': 'میرے مدد کے حلقے پر واپس جائیں',
  'network.change': 'بدلیں',
  'network.delete': 'مٹائیں',
  'network.delete.confirm':
    '”{name}“ کو اپنے مدد کے حلقے سے مٹا دیں؟ جن منصوبوں میں ان کا نام ہے، ان میں دکھایا جائے گا کہ اب وہ آپ کے حلقے میں نہیں ہیں۔',
  'network.delete.yes': 'ہاں، مٹا دیں',
  'network.deleted': '”{name}“ کو مٹا دیا گیا۔',
  'network.restored': '”{name}“ کو واپس لایا گیا۔',
  'network.changedElsewhere':
    'یہ کسی اور جگہ بدل گیا ہے، اس لیے مٹایا نہیں گیا۔ فہرست تازہ کر دی گئی ہے: اسے چیک کریں اور دوبارہ کوشش کریں۔',
} satisfies Words;
