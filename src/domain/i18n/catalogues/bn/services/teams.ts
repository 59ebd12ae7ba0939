import type { Words } from '../../../translate.ts';

export default {
  'teams.title': 'দলগুলো',
  'teams.intro': 'কর্মীরা দলে কাজ করেন। প্রতিটি দলের নিজস্ব নাম দরকার।',
  'teams.none': 'আপনার এখনও কোনো দল নেই।',
  'teams.name': 'দল',
  'teams.members': 'কর্মী',
  'teams.memberCount': '{count, plural, one {# জন সদস্য} other {# জন সদস্য}}',
  'teams.change': 'বদলান',
  'teams.rename': '{name}-এর নাম বদলান',
  'teams.renameLabel': '{name}-এর নতুন নাম',
  'teams.save': 'নাম সংরক্ষণ করুন',
  'teams.cancel': 'বাতিল করুন',
  'teams.renamed': 'দলের নাম বদলানো হয়েছে।',
  'teams.add.title': 'একটি দল যোগ করুন',
  'teams.add.label': 'দলের নাম',
  'teams.add.submit': 'দল যোগ করুন',
  'teams.added': 'দল যোগ করা হয়েছে।',
  'teams.code.is':
    'এই দলে যোগ দেওয়ার কোড: {code}। যাদের আপনি সহায়তা করেন তাদের দিন। তারা এটি তাদের শেয়ারিং পাতায় লেখেন।',
  'teams.code.none': 'এই দলের এখনও কোনো কোড নেই। যোগ দিতে মানুষের একটি কোড লাগে।',
  'teams.code.make': '{name}-এর জন্য কোড তৈরি করুন',
  'teams.code.new': '{name}-এর জন্য নতুন কোড তৈরি করুন',
  'teams.close': '{name} বন্ধ করুন',
  'teams.close.question':
    '{name} বন্ধ করবেন? এর কর্মীরা সঙ্গে সঙ্গে হারান যা মানুষ দলের সঙ্গে শেয়ার করেছিল। মানুষ তাদের রেকর্ড রাখেন।',
  'teams.close.yes': 'হ্যাঁ, দলটি বন্ধ করুন',
  'teams.closed': '{name} বন্ধ হয়েছে।',
} satisfies Words;
