import type { Words } from '../../../translate.ts';

export default {
  'device.signedOutExplained':
    'আপনি সাইন আউট করা আছেন, তাই এটি এই ডিভাইসে রাখা কপি। এতে সবচেয়ে নতুন বদলগুলো নাও থাকতে পারে।',
  'device.signInForLatest': 'আপনার সবচেয়ে নতুন সংকট পরিকল্পনা দেখতে সাইন ইন করুন',
} satisfies Words;
