import type { Words } from '../../../translate.ts';

export default {
  'error.WM_TEAM_CODE_UNKNOWN': 'এই কোড দিয়ে আমরা কোনো দল খুঁজে পাইনি। দলের সাথে কোডটি মিলিয়ে নিন।',
  'error.WM_TEAM_CODE_ATTEMPTS': 'অনেক বেশি কোড চেষ্টা করা হয়েছে। {wait} অপেক্ষা করুন এবং আবার চেষ্টা করুন।',
  'error.WM_TEAM_ALREADY_CONNECTED':
    'আপনি ইতিমধ্যে এই দলের সাথে যুক্ত আছেন। দলটি কী দেখবে তা আপনি আপনার শেয়ারিং পাতায় বদলাতে পারেন।',
  'error.WM_TEAM_INVITATION_INVALID':
    'This invitation link does not work. It may have been used, taken back, or be too old. Ask the team to send a new one.',
  'error.WM_TEAM_INVITATION_STAFF_EMAIL':
    'This email is for a staff account. Staff cannot join a team this way.',
  'error.WM_TEAM_INVITATIONS_PER_HOUR':
    'You have sent a lot of invitations. Wait {wait} and try again.',
  'error.WM_TEAM_INVITATION_NO_EMAIL':
    'We could not send the email. Try again later, or give the person the team code.',
} satisfies Words;
