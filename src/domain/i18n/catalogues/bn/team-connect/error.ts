import type { Words } from '../../../translate.ts';

export default {
  'error.WM_TEAM_CODE_UNKNOWN': 'এই কোড দিয়ে আমরা কোনো দল খুঁজে পাইনি। দলের সাথে কোডটি মিলিয়ে নিন।',
  'error.WM_TEAM_CODE_ATTEMPTS': 'অনেক বেশি কোড চেষ্টা করা হয়েছে। {wait} অপেক্ষা করুন এবং আবার চেষ্টা করুন।',
  'error.WM_TEAM_ALREADY_CONNECTED':
    'আপনি ইতিমধ্যে এই দলের সাথে যুক্ত আছেন। দলটি কী দেখবে তা আপনি আপনার শেয়ারিং পাতায় বদলাতে পারেন।',
} satisfies Words;
