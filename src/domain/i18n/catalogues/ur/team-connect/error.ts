import type { Words } from '../../../translate.ts';

export default {
  'error.WM_TEAM_CODE_UNKNOWN': 'ہمیں اس کوڈ والی کوئی ٹیم نہیں ملی۔ ٹیم سے کوڈ چیک کریں۔',
  'error.WM_TEAM_CODE_ATTEMPTS':
    'بہت زیادہ کوڈ آزمائے گئے۔ {wait} انتظار کریں اور دوبارہ کوشش کریں۔',
  'error.WM_TEAM_ALREADY_CONNECTED':
    'آپ پہلے سے اس ٹیم سے جڑے ہوئے ہیں۔ آپ اپنے شیئرنگ صفحے پر بدل سکتے ہیں کہ یہ کیا دیکھتی ہے۔',
  'error.WM_TEAM_INVITATION_INVALID':
    'یہ دعوت کا لنک کام نہیں کرتا۔ ہو سکتا ہے یہ استعمال ہو چکا ہو، واپس لے لیا گیا ہو، یا بہت پرانا ہو۔ ٹیم سے نیا لنک بھیجنے کو کہیں۔',
  'error.WM_TEAM_INVITATION_STAFF_EMAIL':
    'یہ ای میل پتہ عملے کے کسی اکاؤنٹ کا ہے۔ عملے کے لوگ اس طرح کسی ٹیم سے نہیں جڑ سکتے۔',
  'error.WM_TEAM_INVITATIONS_PER_HOUR':
    'آپ نے بہت سی دعوتیں بھیجی ہیں۔ {wait} انتظار کریں اور دوبارہ کوشش کریں۔',
  'error.WM_TEAM_INVITATION_NO_EMAIL':
    'ہم ای میل نہیں بھیج سکے۔ بعد میں دوبارہ کوشش کریں، یا اس شخص کو ٹیم کا کوڈ دے دیں۔',
} satisfies Words;
