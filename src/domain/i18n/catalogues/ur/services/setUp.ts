import type { Words } from '../../../translate.ts';

export default {
  'setUp.title': 'اپنا اکاؤنٹ تیار کریں',
  'setUp.intro': 'ایک پاس ورڈ چنیں۔ آپ اس اور اپنے ای میل ایڈریس سے سائن اِن کریں گے۔',
  'setUp.submit': 'میرا اکاؤنٹ تیار کریں',
  'setUp.done': 'آپ کا اکاؤنٹ تیار ہے۔',
  'setUp.gone.title': 'یہ لنک کام نہیں کرتا',
  'setUp.gone.body':
    'ہو سکتا ہے یہ استعمال ہو چکا ہو، یا 7 دن سے پرانا ہو۔ Waymark چلانے والوں سے نیا لنک مانگیں۔',
  'setUp.signIn': 'پہلے سے تیار ہے؟ سائن اِن کریں',
} satisfies Words;
