import type { Words } from '../../../translate.ts';

export default {
  'security.password.title': 'আমার পাসওয়ার্ড বদলান',
  'security.password.intro':
    'আপনি পাসওয়ার্ড বদলালে, আপনার অ্যাকাউন্টে সাইন ইন করা অন্য সব ডিভাইস থেকে সাইন আউট হয়ে যাবে। এই ডিভাইসে আপনি সাইন ইন থাকবেন।',
  'security.password.current': 'এখনকার পাসওয়ার্ড',
  'security.password.new': 'নতুন পাসওয়ার্ড',
  'security.password.newHint':
    'অন্তত {min}টি অক্ষর। মনে রাখতে পারবেন এমন কয়েকটি শব্দ একসাথে দিলে ভালো হয়।',
  'security.password.save': 'আমার পাসওয়ার্ড বদলান',
  'security.password.saved': 'আপনার পাসওয়ার্ড বদলানো হয়েছে।',
  'security.devices.title': 'আমি কোথায় সাইন ইন করা আছি',
  'security.devices.intro':
    'আপনার অ্যাকাউন্টে সাইন ইন করা প্রতিটি ব্রাউজার। অচেনা কোনোটি দেখলে সেটি সাইন আউট করুন এবং আপনার পাসওয়ার্ড বদলান।',
  'security.devices.thisDevice': 'এই ডিভাইস',
  'security.devices.otherDevice': '{when} সাইন ইন করা হয়েছে',
  'security.devices.signedIn': 'সাইন ইন: {when}',
  'security.devices.lastSeen': 'শেষ ব্যবহার: {when}',
  'security.devices.signOut': 'এই ডিভাইস সাইন আউট করুন',
  'security.devices.signedOut': 'ওই ডিভাইসটি সাইন আউট করা হয়েছে।',
  'security.devices.signOutHere': 'এখানে সাইন আউট করুন',
  'security.password.savedElsewhere':
    'আপনার পাসওয়ার্ড বদলানো হয়েছে। {count, plural, one {অন্য #টি ডিভাইস} other {অন্য #টি ডিভাইস}} সাইন আউট হয়ে গেছে।',
} satisfies Words;
