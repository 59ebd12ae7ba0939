import type { Words } from '../../../translate.ts';

export default {
  'progress.periodLegend': 'কত আগে থেকে দেখাবে',
  'progress.periodHint':
    'এটি চেক-ইন আর জীবনের দিকগুলোর নম্বরের জন্য। প্রশ্নমালার প্রতিটি স্কোর সবসময় দেখানো হয়।',
  'progress.period.3m': '3 মাস',
  'progress.period.1y': '1 বছর',
  'progress.period.all': 'সব',
  'progress.showing.3m': 'গত 3 মাস দেখানো হচ্ছে।',
  'progress.showing.1y': 'গত এক বছর দেখানো হচ্ছে।',
  'progress.showing.all': 'সবকিছু দেখানো হচ্ছে।',
  'progress.noCheckins.3m': 'গত 3 মাসে আপনি চেক-ইন করেননি।',
  'progress.noCheckins.1y': 'গত এক বছরে আপনি চেক-ইন করেননি।',
  'progress.sharedNoCheckins.3m': 'গত 3 মাসে {name} চেক-ইন করেননি।',
  'progress.sharedNoCheckins.1y': 'গত এক বছরে {name} চেক-ইন করেননি।',
  'progress.showTable': 'সংখ্যাগুলো একটি টেবিলে দেখান',
  'progress.showTableFor': '{name}-এর জন্য',
} satisfies Words;
