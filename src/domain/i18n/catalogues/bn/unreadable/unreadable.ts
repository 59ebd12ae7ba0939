import type { Words } from '../../../translate.ts';

export default {
  'unreadable.versionsStillHere': 'নিচে দেখানো যেকোনো সংস্করণ আপনি এখনো ফিরিয়ে আনতে পারেন।',
  'unreadable.historyOf.lifeArea': 'জীবনের যে দিকটি শেষবার {when} সেভ করা হয়েছিল, তার আগের সংস্করণ',
  'unreadable.historyOf.goal': 'যে লক্ষ্যটি শেষবার {when} সেভ করা হয়েছিল, তার আগের সংস্করণ',
  'unreadable.historyOf.note': 'যে নোটটি শেষবার {when} সেভ করা হয়েছিল, তার আগের সংস্করণ',
  'unreadable.historyOf.contact':
    'যে যোগাযোগের মানুষটির তথ্য শেষবার {when} সেভ করা হয়েছিল, তার আগের সংস্করণ',
  'unreadable.versionSaved': 'সংস্করণ {version}, সেভ করা হয়েছে {when}',
  'unreadable.openHistory': 'আগের সংস্করণ দেখুন',
  'unreadable.planCard': 'এই পরিকল্পনাটি এই মুহূর্তে দেখানো যাচ্ছে না। কিছুই মুছে ফেলা হয়নি।',
  'unreadable.lifeArea':
    '{count, plural, one {জীবনের #টি দিক দেখানো যায়নি।} other {জীবনের #টি দিক দেখানো যায়নি।}}',
  'unreadable.goal': '{count, plural, one {#টি লক্ষ্য দেখানো যায়নি।} other {#টি লক্ষ্য দেখানো যায়নি।}}',
  'unreadable.note': '{count, plural, one {#টি নোট দেখানো যায়নি।} other {#টি নোট দেখানো যায়নি।}}',
  'unreadable.contact':
    '{count, plural, one {আপনার সহায়তা নেটওয়ার্কের #জন মানুষ বা সেবা দেখানো যায়নি।} other {আপনার সহায়তা নেটওয়ার্কের #জন মানুষ বা সেবা দেখানো যায়নি।}}',
  'unreadable.version':
    '{count, plural, one {#টি সংস্করণ দেখানো যায়নি।} other {#টি সংস্করণ দেখানো যায়নি।}}',
  'unreadable.reason.tooNew':
    '{count, plural, one {এটি Waymark-এর একটি নতুন সংস্করণে সেভ করা হয়েছিল; কিছুই মুছে ফেলা হয়নি। কয়েক মিনিট পরে আবার চেষ্টা করুন।} other {এগুলো Waymark-এর একটি নতুন সংস্করণে সেভ করা হয়েছিল; কিছুই মুছে ফেলা হয়নি। কয়েক মিনিট পরে আবার চেষ্টা করুন।}}',
  'unreadable.reason.damaged':
    '{count, plural, one {যা সেভ করা হয়েছিল তা নষ্ট হয়ে গেছে; কিছুই মুছে ফেলা হয়নি।} other {যা সেভ করা হয়েছিল তা নষ্ট হয়ে গেছে; কিছুই মুছে ফেলা হয়নি।}}',
  'unreadable.reason.either':
    '{count, plural, one {এটি Waymark-এর একটি নতুন সংস্করণে সেভ করা হয়েছিল, অথবা নষ্ট হয়ে গেছে। কিছুই মুছে ফেলা হয়নি।} other {এগুলো Waymark-এর একটি নতুন সংস্করণে সেভ করা হয়েছিল, অথবা নষ্ট হয়ে গেছে। কিছুই মুছে ফেলা হয়নি।}}',
  'unreadable.history':
    '{count, plural, one {এর আগের সংস্করণগুলো এর ইতিহাসে আছে।} other {এগুলোর আগের সংস্করণগুলো এগুলোর ইতিহাসে আছে।}}',
} satisfies Words;
