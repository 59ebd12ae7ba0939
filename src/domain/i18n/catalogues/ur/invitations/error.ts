import type { Words } from '../../../translate.ts';

export default {
  'error.WM_INVITATION_OWN':
    'یہ آپ کی اپنی دعوت ہے۔ لنک یا کوڈ اس شخص کو دیں جس سے آپ شیئر کرنا چاہیں۔',
  'error.WM_INVITATION_ALREADY_SHARING':
    'یہ شخص پہلے سے اپنا ریکارڈ آپ سے شیئر کر رہا ہے۔ اس کے بجائے ان سے کہیں کہ شیئر کی جانے والی چیزیں بدل دیں۔',
  'error.WM_INVITATION_CODE_ATTEMPTS':
    'بہت زیادہ کوڈ آزمائے گئے۔ {wait} انتظار کریں اور دوبارہ کوشش کریں، یا اس کے بجائے لنک مانگ لیں۔',
} satisfies Words;
