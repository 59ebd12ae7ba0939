import type { Words } from '../../../translate.ts';

export default {
  'areas.title': 'আমার জীবনের দিকগুলো',
  'areas.intro':
    'এগুলো আপনার জীবনের সেই দিক, যেখানে আপনার লক্ষ্যগুলো পড়ে। এগুলোর নাম বদলান, নিজের দিক যোগ করুন, বা যেগুলো মেলে না সেগুলো সরিয়ে দিন।',
  'areas.name': 'জীবনের দিকটির নাম',
  'areas.rename': 'নাম বদলান',
  'areas.remove': '“{name}” সরিয়ে দিন',
  'areas.removed': 'জীবনের দিক “{name}” সরিয়ে দেওয়া হয়েছে।',
  'areas.add': 'জীবনের একটি দিক যোগ করুন',
  'areas.newName': 'জীবনের নতুন দিক',
  'areas.newName.hint': 'যেমন: ধর্মবিশ্বাস, পরিবার, কমিউনিটি, টাকাপয়সা।',
  'areas.listTitle': 'আপনার জীবনের দিকগুলো',
  'areas.nameFor': '“{name}”-এর নতুন নাম',
  'areas.removeShort': 'সরিয়ে দিন',
  'areas.added': 'জীবনের দিক “{name}” যোগ করা হয়েছে।',
  'areas.renamed': 'নাম বদলে “{name}” করা হয়েছে।',
  'areas.restored': 'জীবনের দিক “{name}” আবার ফিরে এসেছে।',
  'areas.none':
    'এই মুহূর্তে আপনার জীবনের কোনো দিক যোগ করা নেই। জীবনের যে দিকগুলো আপনার কাছে গুরুত্বপূর্ণ সেগুলো যোগ করুন।',
  'areas.backToGoals': 'আমার লক্ষ্যে ফিরে যান',
} satisfies Words;
