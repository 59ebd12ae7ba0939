import type { Words } from '../../../translate.ts';

export default {
  'service.title': 'আপনার সার্ভিস',
  'service.youRun': 'আপনি Waymark-এ {name} চালান।',
  'service.noRecords': 'সার্ভিস অ্যাডমিন হিসেবে আপনি কারও রেকর্ড দেখতে পারবেন না।',
  'service.next': 'আপনার দলগুলো যোগ করুন, তারপর আপনার কর্মীদের সেগুলোতে আমন্ত্রণ জানান।',
  'service.missing': 'আমরা আপনার সার্ভিস খুঁজে পাইনি। যাঁরা Waymark চালান তাঁদের জিজ্ঞেস করুন।',
  'service.teams': 'দলগুলো',
  'service.staff': 'কর্মীরা',
  'service.back': 'আপনার পরিষেবায় ফিরে যান',
  'service.measures': 'পরিমাপ',
  'service.myCare': 'আমার যত্নের বিষয়গুলো',
} satisfies Words;
