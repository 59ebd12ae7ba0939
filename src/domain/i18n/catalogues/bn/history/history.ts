import type { Words } from '../../../translate.ts';

export default {
  'history.title': 'আগের সংস্করণ: {name}',
  'history.intro':
    'প্রতিটি বদল রাখা থাকে। আপনি আগের একটি সংস্করণ ফিরিয়ে আনতে পারেন: সেটি একটি নতুন সংস্করণ হিসেবে সেভ হয়, তাই কিছুই হারায় না।',
  'history.version': 'সংস্করণ {version}',
  'history.when': 'সেভ করা হয়েছে {when}',
  'history.by': 'লিখেছেন {author}',
  'history.agreedBy': 'একমত হয়েছেন {author}',
  'history.you': 'আপনি',
  'history.restore': 'সংস্করণ {version} ফিরিয়ে আনুন',
  'history.restored': 'সংস্করণ {version} আবার ফিরে এসেছে। এটি একটি নতুন সংস্করণ হিসেবে সেভ করা হয়েছে।',
  'history.current': 'এটি এখনকার সংস্করণ',
  'history.action.create': 'বানানো হয়েছে',
  'history.action.update': 'বদলানো হয়েছে',
  'history.action.delete': 'মুছে ফেলা হয়েছে',
  'history.action.restore': 'ফিরিয়ে আনা হয়েছে',
  'history.empty': 'এখনো কিছু সেভ করা হয়নি।',
  'history.goalName': '“{title}”',
  'history.showWords': 'সংস্করণ {version}-এ যা লেখা ছিল',
  'history.someoneElse': 'অন্য কেউ',
  'history.role.person': 'মানুষটি নিজে',
  'history.role.supporter': 'একজন সহায়তাকারী',
  'history.role.practitioner': 'একজন পেশাদার কর্মী',
  'history.role.service_admin': 'একজন সার্ভিস অ্যাডমিন',
  'history.changed':
    'এটি অন্য কোথাও বদলানো হয়েছে, তাই তালিকাটি নতুন করে দেখানো হয়েছে। দেখে নিয়ে আবার চেষ্টা করুন।',
  'history.back': 'ফিরে যান: {name}',
} satisfies Words;
