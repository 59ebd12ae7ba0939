import type { Words } from '../../../translate.ts';

export default {
  'supporting.title': 'جن لوگوں کا میں سہارا ہوں',
  'supporting.intro': 'وہ لوگ جنہوں نے اپنے ریکارڈ کے کچھ حصے آپ سے شیئر کرنا چنا۔',
  'supporting.sections': 'آپ سے شیئر کیا گیا: {sections}',
  'supporting.open': '{name} کا ریکارڈ کھولیں',
  'supporting.homeLine': 'آپ {names} کا بھی سہارا ہیں۔',
  'supporting.homeLink': '”جن لوگوں کا میں سہارا ہوں“ پر جائیں',
  'supporting.empty': 'ابھی کسی نے اپنا ریکارڈ آپ سے شیئر نہیں کیا۔',
  'supporting.howItWorks':
    'شیئر کرنا ہمیشہ اس شخص کی اپنی مرضی ہوتی ہے۔ دعوت ان کے Waymark سے ایک لنک یا چھوٹے کوڈ کے ذریعے آتی ہے، اور آپ کو کون سے حصے دکھائی دیں، یہ فیصلہ ان کا ہوتا ہے۔ آپ کے قبول کرنے کے بعد ان کا نام یہاں دکھائی دے گا۔',
} satisfies Words;
