import type { Words } from '../../../translate.ts';

export default {
  'app.name': 'Waymark',
  'app.skipToContent': 'سیدھا اصل مواد پر جائیں',
  'app.loading': 'لوڈ ہو رہا ہے…',
  'app.loadFailed':
    'معاف کیجیے، یہ صفحہ لوڈ نہیں ہو سکا۔ اپنا کنکشن چیک کریں اور دوبارہ کوشش کریں۔',
  'app.tryAgain': 'دوبارہ کوشش کریں',
  'app.notFound.title': 'صفحہ نہیں ملا',
  'app.notFound.body': 'ہمیں یہ صفحہ نہیں ملا۔ ہو سکتا ہے یہ کہیں اور چلا گیا ہو۔',
  'app.backHome': 'میری بحالی کے ہوم صفحے پر جائیں',
  'app.title': '{title} – Waymark',
  'app.titleError': 'خرابی: {title} – Waymark',
  'app.quoted': '”{text}“',
} satisfies Words;
