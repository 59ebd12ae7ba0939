import type { Words } from '../../../translate.ts';

export default {
  'language.label': 'زبان',
  'language.notSaved':
    'Waymark اب یہاں یہ زبان دکھا رہا ہے، لیکن اسے آپ کے اکاؤنٹ میں محفوظ نہیں کر سکا۔ بعد میں دوبارہ کوشش کریں۔',
} satisfies Words;
