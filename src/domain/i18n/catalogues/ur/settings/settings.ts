import type { Words } from '../../../translate.ts';

export default {
  'settings.title': 'ترتیبات',
  'settings.intro':
    'آپ کا اکاؤنٹ، Waymark آپ کو کیسے یاد دلاتا ہے، اور اس ڈیوائس پر کیا رکھا جاتا ہے۔',
  'settings.account.title': 'میرا اکاؤنٹ',
  'settings.name.hint':
    'آپ کو کس نام سے پکارا جائے۔ جن لوگوں سے آپ کا ریکارڈ شیئر ہے، انہیں بھی یہ نام دکھائی دیتا ہے۔',
  'settings.name.save': 'میرا نام محفوظ کریں',
  'settings.name.saved': 'آپ کا نام محفوظ ہو گیا ہے۔',
  'settings.email': 'ای میل ایڈریس',
  'settings.email.readOnly':
    'ابھی یہاں ای میل ایڈریس نہیں بدلا جا سکتا: پہلے Waymark کو یہ چیک کرنا ہو گا کہ نیا ایڈریس آپ ہی کا ہے۔',
  'settings.checkins.title': 'چیک اِن',
  'settings.checkins.reminder': 'یاد دہانیاں: {frequency}',
  'settings.checkins.scales': 'مجھ سے کیا پوچھا جاتا ہے: {scales}',
  'settings.checkins.noScales': 'مجھ سے کیا پوچھا جاتا ہے: کوئی پیمانہ نہیں چنا گیا',
  'settings.checkins.signs': 'خطرے کی ابتدائی نشانیاں جن کے بارے میں مجھ سے پوچھا جاتا ہے: {count}',
  'settings.checkins.change': 'میری چیک اِن کی ترتیبات بدلیں',
  'settings.device.title': 'اس ڈیوائس پر میرا بحران کا منصوبہ',
  'settings.device.noPlan':
    'بحران کا منصوبہ لکھنے کے بعد، آپ اس کی ایک کاپی اس ڈیوائس پر رکھ سکتے ہیں۔ پھر انٹرنیٹ نہ ہونے پر بھی آپ اسے کھول سکتے ہیں۔',
  'settings.device.write': 'میرا بحران کا منصوبہ لکھیں',
  'settings.language.title': 'زبان',
  'settings.language.intro':
    'Waymark یہ زبان ہر اس ڈیوائس پر استعمال کرتا ہے جس پر آپ سائن اِن کرتے ہیں۔ وہ آپ کو جو ای میلز بھیجتا ہے، ان میں بھی یہی زبان استعمال کرتا ہے۔ آپ اسے ہر صفحے کے نیچے سے بھی بدل سکتے ہیں۔',
  'settings.welcome.title': 'شروعات',
  'settings.welcome.again': 'خوش آمدید والا تعارف دوبارہ پڑھیں',
  'settings.import': 'کسی دوسرے Waymark سے میرا ریکارڈ لائیں',
} satisfies Words;
