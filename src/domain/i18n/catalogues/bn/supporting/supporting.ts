import type { Words } from '../../../translate.ts';

export default {
  'supporting.title': 'যাঁদের আমি সহায়তা করি',
  'supporting.intro': 'যাঁরা তাঁদের রেকর্ডের কিছু অংশ আপনার সাথে শেয়ার করা বেছে নিয়েছেন।',
  'supporting.sections': 'আপনার সাথে শেয়ার করা হয়েছে: {sections}',
  'supporting.open': '{name}-এর রেকর্ড খুলুন',
  'supporting.homeLine': 'আপনি {names}-কেও সহায়তা করেন।',
  'supporting.homeLink': '“যাঁদের আমি সহায়তা করি” পেজে যান',
  'supporting.empty': 'এখনো কেউ তাঁর রেকর্ড আপনার সাথে শেয়ার করেননি।',
  'supporting.howItWorks':
    'শেয়ার করা সবসময় মানুষটির নিজের সিদ্ধান্ত। তিনি তাঁর Waymark থেকে একটি লিংক বা ছোট কোড দিয়ে আপনাকে আমন্ত্রণ জানান, আর আপনি কোন অংশগুলো দেখতে পাবেন তা বেছে নেন। আপনি গ্রহণ করলে, তিনি এখানে দেখা দেন।',
} satisfies Words;
