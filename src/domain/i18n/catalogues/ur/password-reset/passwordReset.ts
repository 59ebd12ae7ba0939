import type { Words } from '../../../translate.ts';

export default {
  'passwordReset.ask.title': 'پاس ورڈ بھول گئے',
  'passwordReset.ask.intro':
    'وہ ای میل پتہ لکھیں جس سے آپ سائن ان کرتے ہیں۔ ہم آپ کو نیا پاس ورڈ چننے کا لنک بھیجیں گے۔',
  'passwordReset.ask.submit': 'مجھے لنک بھیجیں',
  'passwordReset.sent.title': 'اپنی ای میل دیکھیں',
  'passwordReset.sent.body':
    'اگر {email} کسی Waymark اکاؤنٹ کا ہے تو ہم نے اس پر لنک بھیج دیا ہے۔ لنک ایک بار، {minutes} منٹ تک کام کرتا ہے۔',
  'passwordReset.sent.nothing':
    'کچھ نہیں آیا؟ اپنا اسپام فولڈر دیکھیں، یا چند منٹ انتظار کر کے دوبارہ مانگیں۔',
  'passwordReset.sent.again': 'دوبارہ مانگیں',
  'passwordReset.choose.title': 'نیا پاس ورڈ چنیں',
  'passwordReset.choose.intro':
    'محفوظ کرنے پر آپ ہر جگہ سے سائن آؤٹ ہو جائیں گے۔ پھر نئے پاس ورڈ سے سائن ان کریں۔',
  'passwordReset.choose.submit': 'میرا نیا پاس ورڈ محفوظ کریں',
  'passwordReset.done': 'آپ کا نیا پاس ورڈ محفوظ ہو گیا۔ اس سے سائن ان کریں۔',
  'passwordReset.gone.title': 'یہ لنک کام نہیں کرتا',
  'passwordReset.gone.body': 'ہو سکتا ہے یہ پہلے ہی استعمال ہو چکا ہو، یا ایک گھنٹے سے زیادہ پرانا ہو۔',
  'passwordReset.gone.again': 'نیا لنک مانگیں',
  'passwordReset.backToSignIn': 'سائن ان پر واپس جائیں',
  'passwordReset.email.subject': 'Waymark کا نیا پاس ورڈ چنیں',
  'passwordReset.email.body':
    'کسی نے آپ کے Waymark اکاؤنٹ کے لیے نیا پاس ورڈ چننے کو کہا۔\n\nنیا پاس ورڈ چننے کے لیے یہ لنک کھولیں۔ یہ ایک بار، {minutes} منٹ تک کام کرتا ہے:\n{link}\n\nاگر آپ نے نہیں کہا تو اس ای میل کو نظر انداز کر دیں۔ آپ کا پاس ورڈ وہی رہے گا۔',
} satisfies Words;
