import type { Words } from '../../../translate.ts';

export default {
  'error.WM_TEAM_CODE_UNKNOWN': 'ہمیں اس کوڈ والی کوئی ٹیم نہیں ملی۔ ٹیم سے کوڈ چیک کریں۔',
  'error.WM_TEAM_CODE_ATTEMPTS':
    'بہت زیادہ کوڈ آزمائے گئے۔ {wait} انتظار کریں اور دوبارہ کوشش کریں۔',
  'error.WM_TEAM_ALREADY_CONNECTED':
    'آپ پہلے سے اس ٹیم سے جڑے ہوئے ہیں۔ آپ اپنے شیئرنگ صفحے پر بدل سکتے ہیں کہ یہ کیا دیکھتی ہے۔',
  'error.WM_TEAM_INVITATION_INVALID':
    'This invitation link does not work. It may have been used, taken back, or be too old. Ask the team to send a new one.',
  'error.WM_TEAM_INVITATION_STAFF_EMAIL':
    'This email is for a staff account. Staff cannot join a team this way.',
  'error.WM_TEAM_INVITATIONS_PER_HOUR':
    'You have sent a lot of invitations. Wait {wait} and try again.',
  'error.WM_TEAM_INVITATION_NO_EMAIL':
    'We could not send the email. Try again later, or give the person the team code.',
} satisfies Words;
