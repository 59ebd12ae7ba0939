import type { Words } from '../../../translate.ts';

export default {
  'views.title': 'পাশাপাশি মতামত',
  'views.intro.own':
    'যাঁদের আপনি “পরামর্শ” দেওয়ার অনুমতি দিয়েছেন, তাঁরা আপনার লেখার পাশে তাঁদের মতামত যোগ করতে পারেন। তাঁরা কখনো আপনার লেখা বদলান না। আপনি উত্তর দিতে পারেন।',
  'views.intro.other':
    'আপনার মতামত {name}-এর লেখার পাশে দেখানো হয়, কখনো তার ওপরে নয়। {name} উত্তর দিতে পারেন।',
  'views.none': 'এখনো কেউ মতামত যোগ করেননি।',
  'views.nothingYet': 'এখানে এখনো কিছু লেখা হয়নি, তাই পাশে মতামত যোগ করার মতো কিছু নেই।',
  'views.yourWords': 'আপনার লেখা',
  'views.theirWords': '{name}-এর লেখা',
  'views.wordsEmpty': 'এখানে কিছু লেখা নেই।',
  'views.yourView': 'আপনার মতামত',
  'views.theirView': '{name}-এর মতামত',
  'views.yourReply': 'আপনার উত্তর',
  'views.theirReply': '{name}-এর উত্তর',
  'views.when': 'যোগ করা হয়েছে {when}',
  'views.olderVersion': 'যখন পরিকল্পনাটিতে অন্য কিছু লেখা ছিল তখন দেওয়া (আগের একটি সংস্করণ)।',
  'views.whole': 'পুরোটা',
  'views.add': 'আপনার মতামত যোগ করুন',
  'views.part': 'আপনার মতামত কোন অংশ নিয়ে?',
  'views.text': 'আপনার মতামত',
  'views.text.hint': 'আপনি বিষয়টি কীভাবে দেখেন তা বলুন। সর্বোচ্চ {max}টি অক্ষর।',
  'views.added': 'আপনার মতামত {name}-এর লেখার পাশে যোগ করা হয়েছে।',
  'views.reply': 'উত্তর দিন',
  'views.replyTo': '{name}-কে উত্তর দিন',
  'views.sendReply': 'উত্তর পাঠান',
  'views.replied': 'আপনার উত্তর যোগ করা হয়েছে।',
  'views.takeBack': 'আমার মতামত সরিয়ে নিন',
  'views.takenBack': 'আপনার মতামত সরিয়ে নেওয়া হয়েছে। এখন আর কেউ এটি দেখতে পান না।',
  'views.ratingsOn': '{date} তারিখের নম্বরগুলো',
  'views.rated': '7-এর মধ্যে {score} নম্বর দেওয়া হয়েছে',
} satisfies Words;
