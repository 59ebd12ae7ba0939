import type { Words } from '../../../translate.ts';

export default {
  'emergency.title': '{name} کا بحران کا منصوبہ',
  'emergency.intro':
    '{name} نے ایک ایمرجنسی لنک کے ذریعے اپنا بحران کا منصوبہ آپ سے شیئر کیا ہے۔ اس میں لکھا ہے کہ بحران کی صورت میں ان کی کیا خواہش ہے۔',
  'emergency.updated': 'آخری بار {when} کو بدلا گیا۔',
  'emergency.notWritten': 'اس منصوبے میں ابھی کچھ نہیں لکھا گیا۔',
  'emergency.until': 'یہ لنک {when} تک کام کرے گا۔',
  'emergency.gone.title': 'اس لنک کی میعاد ختم ہو گئی ہے یا اسے بند کر دیا گیا ہے',
  'emergency.gone.body':
    'اگر آپ کو اب بھی اس کی ضرورت ہے تو جس شخص نے یہ شیئر کیا تھا وہ نیا لنک بنا سکتا ہے۔',
  'emergency.failed.title': 'یہ بحران کا منصوبہ لوڈ نہیں ہو سکا',
} satisfies Words;
