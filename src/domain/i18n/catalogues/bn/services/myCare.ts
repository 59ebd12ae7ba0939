import type { Words } from '../../../translate.ts';

export default {
  'myCare.title': 'আমার যত্নের বিষয়গুলো',
  'myCare.intro':
    'পর্যালোচনার আগে মানুষ তাঁদের জীবনের ক্ষেত্রগুলো এবং তাঁদের যত্নের এই অংশগুলোকে রেটিং দেন। আপনার সার্ভিসের সাথে মানানসই শব্দ ব্যবহার করুন।',
  'myCare.none': 'আপনি যত্নের কোনো অংশ নিয়ে জিজ্ঞেস করছেন না। নিচে একটি বিষয় যোগ করুন।',
  'myCare.default.medication': 'ওষুধ',
  'myCare.default.practicalHelp': 'ব্যবহারিক সাহায্য',
  'myCare.default.meetings': 'পেশাদারদের সাথে সাক্ষাৎ',
  'myCare.moveUp': '{label} উপরে সরান',
  'myCare.moveDown': '{label} নিচে সরান',
  'myCare.rename': '{label}-এর নাম বদলান',
  'myCare.renameTitle': '{label}-এর নাম বদলান',
  'myCare.renameLabel': '{label}-এর জন্য নতুন শব্দ',
  'myCare.save': 'শব্দ সংরক্ষণ করুন',
  'myCare.cancel': 'বাতিল করুন',
  'myCare.renamed': 'বিষয়ের নাম বদলানো হয়েছে।',
  'myCare.archive': '{label} নিয়ে জিজ্ঞেস করা বন্ধ করুন',
  'myCare.archived': 'মানুষকে আর {label} নিয়ে জিজ্ঞেস করা হয় না। আগের পর্যালোচনাগুলো এটি রাখে।',
  'myCare.archivedTitle': 'আর জিজ্ঞেস করা হয় না',
  'myCare.archivedIntro': 'আগের পর্যালোচনাগুলো এখনো এগুলো দেখায়।',
  'myCare.add.title': 'একটি বিষয় যোগ করুন',
  'myCare.add.label': 'নতুন বিষয়ের শব্দ',
  'myCare.add.submit': 'বিষয় যোগ করুন',
  'myCare.added': 'বিষয় যোগ করা হয়েছে।',
  'myCare.conflict': 'অন্য কেউ এইমাত্র এই তালিকা বদলেছেন। আমরা আপনাকে সর্বশেষ তালিকা দেখিয়েছি। আবার চেষ্টা করুন।',
} satisfies Words;
