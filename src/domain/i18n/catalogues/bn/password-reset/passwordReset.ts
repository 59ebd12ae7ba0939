import type { Words } from '../../../translate.ts';

export default {
  'passwordReset.ask.title': 'পাসওয়ার্ড ভুলে গেছেন',
  'passwordReset.ask.intro':
    'যে ইমেল ঠিকানা দিয়ে আপনি সাইন ইন করেন সেটি লিখুন। নতুন পাসওয়ার্ড বেছে নেওয়ার জন্য আমরা আপনাকে একটি লিংক পাঠাব।',
  'passwordReset.ask.submit': 'আমাকে লিংক পাঠান',
  'passwordReset.sent.title': 'আপনার ইমেল দেখুন',
  'passwordReset.sent.body':
    '{email} যদি কোনো Waymark অ্যাকাউন্টের হয়, আমরা সেখানে একটি লিংক পাঠিয়েছি। লিংকটি একবার, {minutes} মিনিট পর্যন্ত কাজ করে।',
  'passwordReset.sent.nothing':
    'কিছু আসেনি? আপনার স্প্যাম ফোল্ডার দেখুন, অথবা কয়েক মিনিট অপেক্ষা করে আবার চান।',
  'passwordReset.sent.again': 'আবার চান',
  'passwordReset.choose.title': 'নতুন পাসওয়ার্ড বেছে নিন',
  'passwordReset.choose.intro':
    'সংরক্ষণ করলে আপনি সব জায়গা থেকে সাইন আউট হয়ে যাবেন। তারপর নতুন পাসওয়ার্ড দিয়ে সাইন ইন করুন।',
  'passwordReset.choose.submit': 'আমার নতুন পাসওয়ার্ড সংরক্ষণ করুন',
  'passwordReset.done': 'আপনার নতুন পাসওয়ার্ড সংরক্ষিত হয়েছে। এটি দিয়ে সাইন ইন করুন।',
  'passwordReset.gone.title': 'এই লিংকটি কাজ করছে না',
  'passwordReset.gone.body': 'এটি হয়তো আগেই ব্যবহার করা হয়েছে, অথবা এক ঘণ্টার বেশি পুরনো।',
  'passwordReset.gone.again': 'নতুন লিংক চান',
  'passwordReset.backToSignIn': 'সাইন ইনে ফিরে যান',
  'passwordReset.email.subject': 'Waymark-এর নতুন পাসওয়ার্ড বেছে নিন',
  'passwordReset.email.body':
    'কেউ আপনার Waymark অ্যাকাউন্টের জন্য নতুন পাসওয়ার্ড বেছে নিতে চেয়েছেন।\n\nনতুন পাসওয়ার্ড বেছে নিতে এই লিংকটি খুলুন। এটি একবার, {minutes} মিনিট পর্যন্ত কাজ করে:\n{link}\n\nআপনি না চাইলে এই ইমেলটি উপেক্ষা করুন। আপনার পাসওয়ার্ড একই থাকবে।',
} satisfies Words;
