import type { Words } from '../../../translate.ts';

export default {
  'field.email': 'ای میل ایڈریس',
  'field.password': 'پاس ورڈ',
  'field.displayName': 'آپ کا نام',
  'field.displayName.hint': 'آپ کو کس نام سے پکارا جائے۔ ضروری نہیں کہ یہ آپ کا پورا نام ہو۔',
  'field.password.hint': 'کم از کم 12 حروف۔ چند بے ترتیب الفاظ ایک ساتھ لکھنا اچھا رہتا ہے۔',
} satisfies Words;
