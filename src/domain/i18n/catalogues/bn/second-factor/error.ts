import type { Words } from '../../../translate.ts';

export default {
  'error.WM_SECOND_FACTOR_WRONG_CODE':
    'এই কোডটি ঠিক নয়। আপনার অ্যাপ এখন যে কোড দেখাচ্ছে সেটি দেখে আবার চেষ্টা করুন।',
  'error.WM_SECOND_FACTOR_CODE_USED':
    'এই কোডটি আগেই ব্যবহার করা হয়েছে। অ্যাপে নতুন কোড আসা পর্যন্ত অপেক্ষা করুন, তারপর সেটি লিখুন।',
  'error.WM_SECOND_FACTOR_WRONG_RECOVERY_CODE':
    'এই রিকভারি কোডটি ঠিক নয়, অথবা আগেই ব্যবহার করা হয়েছে। দেখে নিয়ে আবার চেষ্টা করুন।',
  'error.WM_SECOND_FACTOR_TOO_MANY_ATTEMPTS':
    'অনেকবার কোড দিয়ে চেষ্টা করা হয়েছে। {wait} পরে আবার চেষ্টা করুন।',
  'error.WM_SECOND_FACTOR_ALREADY_ON':
    'দুই ধাপে সাইন ইন আগে থেকেই চালু আছে। আবার সেট আপ করতে হলে আগে এটি বন্ধ করুন।',
  'error.WM_SECOND_FACTOR_NOT_STARTED': 'আগে দুই ধাপে সাইন ইন সেট আপ করা শুরু করুন।',
  'error.WM_SECOND_FACTOR_SIGN_IN_EXPIRED':
    'সাইন ইন করতে অনেক বেশি সময় লেগেছে। আপনার ইমেল ঠিকানা আর পাসওয়ার্ড আবার লিখুন।',
  'error.WM_PASSKEY_NOT_ACCEPTED': 'এই পাসকি গ্রহণ করা হয়নি। আবার চেষ্টা করুন।',
  'error.WM_PASSKEY_ALREADY_ADDED': 'এই পাসকি আগেই যোগ করা আছে।',
  'error.WM_PASSKEY_LIMIT': 'আপনার {max}টি পাসকি আছে, যা সর্বোচ্চ সীমা। আরেকটি যোগ করার আগে একটি সরান।',
  'error.WM_PASSKEY_LAST_FACTOR':
    'এই পাসকিই আপনার একমাত্র দ্বিতীয় ধাপ। আপনি একটি সেবার জন্য কাজ করেন, তাই যাদের সাথে কাজ করেন তাদের দেখতে আপনার এটি দরকার। আগে আরেকটি পাসকি যোগ করুন বা অ্যাপ চালু করুন।',
  'error.WM_PASSKEY_NONE': 'আপনি কোনো পাসকি যোগ করেননি। আপনার অ্যাপের কোড লিখুন।',
} satisfies Words;
