import type { Words } from '../../../translate.ts';

export default {
  'goalRatingsWeb.title': 'আমার লক্ষ্যগুলোকে নম্বর দিন',
  'goalRatingsWeb.intro':
    'আজ প্রতিটি লক্ষ্য কতটা কাছে মনে হচ্ছে? যেগুলোকে চান সেগুলোকে নম্বর দিন। যেকোনোটি বাদ দিতে পারেন।',
  'goalRatingsWeb.low': 'শুরু হয়নি',
  'goalRatingsWeb.high': 'হয়ে গেছে',
  'goalRatingsWeb.rateOne': 'অন্তত একটি লক্ষ্যকে নম্বর দিন',
  'goalRatingsWeb.save': 'আমার দেওয়া নম্বর সেভ করুন',
} satisfies Words;
