import type { Words } from '../../../translate.ts';

export default {
  'goals.title': 'আমার লক্ষ্য',
  'goals.intro': 'নিজের কথায় লেখা লক্ষ্য, জীবনের যে দিকে পড়ে সেই অনুযায়ী সাজানো।',
  'goals.add': 'একটি লক্ষ্য যোগ করুন',
  'goals.none': 'আপনি এখনো কোনো লক্ষ্য যোগ করেননি। আপনি কোন দিকে এগোতে চান?',
  'goals.noArea': 'জীবনের কোনো দিকের সাথে যুক্ত নয়',
  'goals.manageAreas': 'আমার জীবনের দিকগুলো বদলান',
  'goals.deletedTitle': 'সম্প্রতি মুছে ফেলা লক্ষ্য',
  'goals.deletedIntro': 'আপনি এগুলো ফিরিয়ে আনতে পারেন।',
  'goals.undelete': '“{title}” ফিরিয়ে আনুন',
  'goals.deleted': '“{title}” লক্ষ্যটি মুছে ফেলা হয়েছে।',
  'goals.undo': 'আগের মতো করুন',
  'goals.restored': '“{title}” লক্ষ্যটি আবার ফিরে এসেছে।',
  'goals.stepsDone': '{total}টি ধাপের মধ্যে {done}টি হয়ে গেছে',
} satisfies Words;
