import type { Words } from '../../../translate.ts';

export default {
  'error.WM_TEAM_CODE_UNKNOWN': 'ہمیں اس کوڈ والی کوئی ٹیم نہیں ملی۔ ٹیم سے کوڈ چیک کریں۔',
  'error.WM_TEAM_CODE_ATTEMPTS':
    'بہت زیادہ کوڈ آزمائے گئے۔ {wait} انتظار کریں اور دوبارہ کوشش کریں۔',
  'error.WM_TEAM_ALREADY_CONNECTED':
    'آپ پہلے سے اس ٹیم سے جڑے ہوئے ہیں۔ آپ اپنے شیئرنگ صفحے پر بدل سکتے ہیں کہ یہ کیا دیکھتی ہے۔',
} satisfies Words;
