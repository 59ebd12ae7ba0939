import type { Words } from '../../../translate.ts';

export default {
  'errors.summaryTitle': 'একটি সমস্যা হয়েছে',
  'errors.saveFailed': 'আপনার বদলগুলো সেভ হয়নি। আপনার লেখা এখনো এখানে আছে। আবার চেষ্টা করুন।',
  'errors.network':
    'আমরা Waymark-এর সাথে যোগাযোগ করতে পারিনি। আপনার সংযোগ দেখে নিন। আপনার লেখা এখনো এখানে আছে।',
  'errors.signInAgain':
    'আপনাকে সাইন আউট করা হয়েছে, তাই এটি সেভ হয়নি। আপনার লেখা এখনো এখানে আছে। অন্য একটি ট্যাবে আবার সাইন ইন করুন, তারপর ফিরে এসে সেভ করুন।',
  'errors.prefix': 'সমস্যা:',
} satisfies Words;
