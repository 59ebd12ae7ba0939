import type { Words } from '../../../translate.ts';

export default {
  'measures.needsWording': 'اس سوال نامے کے الفاظ پہلے آپ کی سروس کو لوڈ کرنے ہوں گے',
  'measures.support':
    'آپ کے کچھ جوابات سے لگتا ہے کہ اس وقت حالات مشکل ہیں۔ آپ کا حفاظتی منصوبہ اور بحران کا منصوبہ یہیں موجود ہیں، جب بھی آپ کو ان کی ضرورت ہو۔',
  'measures.import.needsUrlAndVersion':
    'سوال نامہ: "url" اور "version" دونوں ضروری ہیں، تاکہ جوابات اور الفاظ والی فائلیں اس سوال نامے کا حوالہ دے سکیں',
  'measures.import.taken':
    'سوال نامہ: سوال نامہ "{url}" کا ورژن {version} پہلے سے مختلف مواد کے ساتھ محفوظ ہے۔ نئے والے کو کوئی اور ورژن نمبر دیں۔',
} satisfies Words;
