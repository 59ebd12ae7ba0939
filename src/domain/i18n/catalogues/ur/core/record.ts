import type { Words } from '../../../translate.ts';

export default {
  'record.save': 'محفوظ کریں',
  'record.saving': 'محفوظ ہو رہا ہے…',
  'record.savedAt': '{time} پر محفوظ ہوا',
  'record.history': 'پچھلے ورژن دیکھیں',
  'record.cancel': 'منسوخ کریں',
  'record.undo': 'واپس کریں',
  'record.deletedWhen': '({when} کو مٹایا گیا)',
  'record.deletedLoadFailed':
    'معاف کیجیے، حال ہی میں آپ نے جو مٹایا وہ ہم لوڈ نہیں کر سکے۔ اپنا کنکشن چیک کریں اور دوبارہ کوشش کریں۔',
} satisfies Words;
