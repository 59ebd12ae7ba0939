import type { Words } from '../../../translate.ts';

export default {
  'conflict.title': 'یہ کسی اور جگہ بدل گیا ہے',
  'conflict.body':
    'آپ کی تبدیلی کے دوران ہی کسی نے (شاید آپ نے ہی، کسی اور ٹیب یا ڈیوائس پر) ایک نیا ورژن محفوظ کر دیا۔ کچھ بھی مٹایا نہیں گیا۔ دونوں کا موازنہ کریں اور چنیں کہ کیا رکھنا ہے۔',
  'conflict.yours': 'آپ کا ورژن (محفوظ نہیں ہوا)',
  'conflict.saved': 'محفوظ شدہ ورژن ({when} کو بدلا گیا)',
  'conflict.keepMine': 'اس کے بجائے میرا ورژن محفوظ کریں',
  'conflict.keepSaved': 'محفوظ شدہ ورژن استعمال کریں',
  'conflict.savedNoDate': 'محفوظ شدہ ورژن',
  'conflict.empty': 'کچھ نہیں لکھا گیا',
  'conflict.usingSaved': 'اب آپ کے سامنے محفوظ شدہ ورژن ہے۔',
} satisfies Words;
