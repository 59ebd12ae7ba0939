import type { Words } from '../../../translate.ts';

export default {
  'journalWeb.title': 'ডায়েরি',
  'journalWeb.private':
    'আপনার ডায়েরি গোপন। আপনি কোনো লেখা শেয়ার করা বেছে না নিলে শুধু আপনিই এটি পড়তে পারেন।',
  'journalWeb.write': 'একটি লেখা লিখুন',
  'journalWeb.entriesTitle': 'আমার লেখাগুলো',
  'journalWeb.empty': 'আপনি এখনো কিছু লেখেননি। যা খুশি তা নিয়ে লিখতে পারেন।',
  'journalWeb.moodShown': 'মন-মেজাজ: 7-এর মধ্যে {mood}',
  'journalWeb.searchTitle': 'আমার ডায়েরিতে খুঁজুন',
  'journalWeb.searchLabel': 'শব্দ বা কথা',
  'journalWeb.searchHint': 'শুধু আপনার নিজের লেখাগুলোতে খোঁজা হয়।',
  'journalWeb.search': 'খুঁজুন',
  'journalWeb.clearSearch': 'খোঁজা মুছে দিন',
  'journalWeb.found': '“{q}” আছে এমন লেখা: {count}টি।',
  'journalWeb.olderNotSearched': 'শুধু আপনার সবচেয়ে নতুন {count}টি লেখায় খোঁজা হয়েছে।',
  'journalWeb.unreadableNotSearched':
    'এই সার্ভারের কাছে থাকা চাবি দিয়ে যে লেখাগুলো পড়া যায় না, সেগুলোতে খোঁজা হয়নি: {count}টি।',
  'journalWeb.unreadable':
    'এই সার্ভারের কাছে থাকা চাবি দিয়ে এই লেখাটি পড়া যায় না। এটি যেমন ছিল তেমনই রাখা আছে। যিনি Waymark চালান তাঁকে জানান।',
  'journalWeb.newTitle': 'ডায়েরিতে একটি লেখা লিখুন',
  'journalWeb.changeTitle': 'ডায়েরির একটি লেখা বদলান',
  'journalWeb.back': 'আমার ডায়েরিতে ফিরে যান',
  'journalWeb.date': 'তারিখ',
  'journalWeb.mood': 'মন-মেজাজ (ইচ্ছা হলে)',
  'journalWeb.moodHint': '1 (খুব খারাপ) থেকে 7 (খুব ভালো) পর্যন্ত।',
  'journalWeb.moodNone': 'মন-মেজাজ দেওয়া নেই',
  'journalWeb.moodLow': '{mood} – খুব খারাপ',
  'journalWeb.moodHigh': '{mood} – খুব ভালো',
  'journalWeb.text': 'আপনি যা লিখতে চান',
  'journalWeb.save': 'লেখাটি সেভ করুন',
  'journalWeb.savedNew': 'লেখাটি সেভ হয়েছে।',
  'journalWeb.writtenOn': 'প্রথম লেখা হয়েছিল {date}।',
  'journalWeb.manageTitle': 'মুছে ফেলা',
  'journalWeb.delete': 'এই লেখাটি মুছে ফেলুন',
  'journalWeb.delete.confirm':
    '{date} তারিখের লেখাটি মুছে ফেলবেন? মুছে ফেলার ঠিক পরেই আপনার ডায়েরির পেজে এটি আগের মতো করতে পারবেন।',
  'journalWeb.delete.yes': 'হ্যাঁ, মুছে ফেলুন',
  'journalWeb.deleted': '{date} তারিখের লেখাটি মুছে ফেলা হয়েছে।',
  'journalWeb.restored': '{date} তারিখের লেখাটি আবার ফিরে এসেছে।',
  'journalWeb.deletedTitle': 'সম্প্রতি মুছে ফেলা লেখা',
  'journalWeb.deletedIntro': 'গত 30 দিনে আপনি যে লেখাগুলো মুছে ফেলেছেন। আপনি এগুলো ফিরিয়ে আনতে পারেন।',
  'journalWeb.entryFrom': '{date} তারিখের লেখা',
  'journalWeb.undelete': '{date} তারিখের লেখাটি ফিরিয়ে আনুন',
  'journalWeb.changedElsewhere':
    'এই লেখাটি অন্য কোথাও বদলানো হয়েছে, তাই মুছে ফেলা হয়নি। এখন সবচেয়ে নতুন সংস্করণটি দেখানো হচ্ছে।',
} satisfies Words;
