import type { Words } from '../../../translate.ts';

export default {
  'preview.title': '{name} کو کیا دکھائی دیتا ہے',
  'preview.banner': '{name} کو یہ دکھائی دیتا ہے۔ یہ صرف پڑھنے کے لیے ہے۔',
  'preview.nothing': 'اس وقت {name} کو آپ کے ریکارڈ میں سے کچھ بھی دکھائی نہیں دیتا۔',
  'preview.paused':
    'شیئر کرنا رکا ہوا ہے، اس لیے جب تک آپ دوبارہ شروع نہ کریں، {name} کو کچھ دکھائی نہیں دے گا۔',
  'preview.sections': '{name} کو یہ دکھائی دیتا ہے: {sections}',
  'preview.entries': 'ڈائری کی وہ تحریریں جو آپ نے ان سے شیئر کیں: {count}',
  'preview.withheldHeading': 'یہ ہمیشہ الگ رکھا جاتا ہے',
  'preview.back': 'شیئر کرنے کے صفحے پر واپس جائیں',
} satisfies Words;
