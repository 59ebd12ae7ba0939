import type { Words } from '../../../translate.ts';

export default {
  'error.WM_TEAM_CODE_UNKNOWN': 'এই কোড দিয়ে আমরা কোনো দল খুঁজে পাইনি। দলের সাথে কোডটি মিলিয়ে নিন।',
  'error.WM_TEAM_CODE_ATTEMPTS': 'অনেক বেশি কোড চেষ্টা করা হয়েছে। {wait} অপেক্ষা করুন এবং আবার চেষ্টা করুন।',
  'error.WM_TEAM_ALREADY_CONNECTED':
    'আপনি ইতিমধ্যে এই দলের সাথে যুক্ত আছেন। দলটি কী দেখবে তা আপনি আপনার শেয়ারিং পাতায় বদলাতে পারেন।',
  'error.WM_TEAM_INVITATION_INVALID':
    'এই আমন্ত্রণের লিংকটি কাজ করছে না। হয়তো এটি ব্যবহার করা হয়ে গেছে, ফিরিয়ে নেওয়া হয়েছে, বা অনেক পুরোনো। দলকে একটি নতুন লিংক পাঠাতে বলুন।',
  'error.WM_TEAM_INVITATION_STAFF_EMAIL':
    'এই ইমেলটি একজন কর্মীর অ্যাকাউন্টের। কর্মীরা এভাবে কোনো দলে যোগ দিতে পারেন না।',
  'error.WM_TEAM_INVITATIONS_PER_HOUR':
    'আপনি অনেক আমন্ত্রণ পাঠিয়েছেন। {wait} অপেক্ষা করুন এবং আবার চেষ্টা করুন।',
  'error.WM_TEAM_INVITATION_NO_EMAIL':
    'আমরা ইমেলটি পাঠাতে পারিনি। পরে আবার চেষ্টা করুন, অথবা মানুষটিকে দলের কোডটি দিন।',
} satisfies Words;
