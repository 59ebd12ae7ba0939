import type { Words } from '../../../translate.ts';

export default {
  'journalShare.heading': 'یہ تحریر شیئر کریں',
  'journalShare.intro':
    'آپ کی ڈائری نجی ہے۔ یہ ایک تحریر آپ کسی ایسے شخص سے شیئر کر سکتے ہیں جسے رسائی حاصل ہے۔',
  'journalShare.nobody': 'ابھی کسی کو آپ کے ریکارڈ تک رسائی نہیں ہے۔',
  'journalShare.share': '{name} سے شیئر کریں',
  'journalShare.unshare': '{name} سے شیئر کرنا بند کریں',
  'journalShare.sharedWith': '{name} سے شیئر کی گئی',
} satisfies Words;
