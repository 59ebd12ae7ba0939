import type { Words } from '../../../translate.ts';

export default {
  'suggest.title': 'تبدیلی کی تجویز دیں: {what}',
  'suggest.titleNew': '{name} کے لیے نئے مقصد کی تجویز دیں',
  'suggest.intro':
    'آپ کی تجویز {name} کو دکھائی دے گی، اور فیصلہ ان کا ہو گا۔ جب تک وہ اسے قبول نہ کریں، ان کے ریکارڈ میں کچھ نہیں بدلتا۔',
  'suggest.newStep': 'ایک قدم شامل کریں (اختیاری)',
  'suggest.step': 'قدم {n}',
  'suggest.send': 'تجویز بھیجیں',
  'suggest.sent':
    'آپ کی تجویز {name} کو بھیج دی گئی۔ اس کا کیا بنا، یہ آپ اپنے صفحے پر دیکھ سکتے ہیں۔',
} satisfies Words;
