import type { Words } from '../../../translate.ts';

export default {
  'download.settings.title': 'میرا ریکارڈ ڈاؤن لوڈ کریں',
  'download.settings.intro': 'Waymark میں جو کچھ آپ رکھتے ہیں اس کی کاپی جب چاہیں لیں۔',
  'download.settings.link': 'میرا ریکارڈ ڈاؤن لوڈ کریں',
  'download.title': 'میرا ریکارڈ ڈاؤن لوڈ کریں',
  'download.intro': 'آپ کا ریکارڈ آپ کا ہے۔ آپ کسی بھی وقت اس کی پوری کاپی لے سکتے ہیں۔',
  'download.file.title': 'دوسری ایپس کے لیے فائل',
  'download.file.body':
    'اس فائل میں آپ کا پورا ریکارڈ FHIR میں ہے، یہ ایک فارمیٹ ہے جو صحت اور نگہداشت کی ایپس استعمال کرتی ہیں۔ کوئی اور Waymark اسے واپس پڑھ سکتا ہے۔ اس میں آپ کی ڈائری اور فائلیں ہیں، اس لیے اسے محفوظ رکھیں۔',
  'download.file.button': 'فائل ڈاؤن لوڈ کریں',
  'download.readable.title': 'پڑھنے اور پرنٹ کرنے کے لیے کاپی',
  'download.readable.body':
    'یہ آپ کا پورا ریکارڈ ایک صفحے پر، سادہ الفاظ میں دکھاتا ہے۔ آپ اسے پرنٹ کر سکتے ہیں یا PDF کے طور پر محفوظ کر سکتے ہیں۔',
  'download.readable.link': 'پڑھنے اور پرنٹ کرنے کے لیے کاپی کھولیں',
  'download.noRecord': 'آپ کے اکاؤنٹ کا اپنا کوئی ریکارڈ نہیں، اس لیے ڈاؤن لوڈ کرنے کو کچھ نہیں۔',
} satisfies Words;
