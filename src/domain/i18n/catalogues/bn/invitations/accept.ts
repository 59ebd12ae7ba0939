import type { Words } from '../../../translate.ts';

export default {
  'accept.title': '{name} আপনাকে তাঁর রেকর্ড দেখার আমন্ত্রণ জানিয়েছেন',
  'accept.as': 'তিনি আপনাকে {knownAs} নামে চেনেন, আপনি তাঁর {role}।',
  'accept.sections': 'আপনি যা পড়তে পারবেন:',
  'accept.nothing': 'এখনো কোনো অংশ নেই। {name} পরে আপনার সাথে আরও শেয়ার করতে পারেন।',
  'accept.until': '{date}-এর পরে আপনার দেখার অনুমতি শেষ হবে।',
  'accept.readOnly':
    'আপনি এই অংশগুলো পড়তে পারবেন, কিন্তু বদলাতে পারবেন না। {name} যেকোনো সময় শেয়ার করা বন্ধ করতে পারেন।',
  'accept.expires': 'এই আমন্ত্রণটি {when} পর্যন্ত কাজ করবে।',
  'accept.accept': 'গ্রহণ করুন',
  'accept.notNow': 'এখন নয়',
  'accept.gone.title': 'এই আমন্ত্রণটি কাজ করছে না',
  'accept.gone.body':
    'হয়তো এটি আগেই ব্যবহার করা হয়েছে, ফিরিয়ে নেওয়া হয়েছে, বা এর মেয়াদ শেষ হয়ে গেছে। যিনি আপনাকে আমন্ত্রণ জানিয়েছেন, তাঁর কাছে একটি নতুন আমন্ত্রণ চান।',
  'accept.code.title': 'আপনার কাছে কোনো কোড আছে?',
  'accept.code.label': 'আমন্ত্রণের কোড',
  'accept.code.hint': 'কেউ আপনাকে যে কোডটি পড়ে শুনিয়েছেন বা পাঠিয়েছেন, যেমন K7P-M3Q-X9T-W।',
  'accept.code.submit': 'এগিয়ে যান',
  'accept.code.required': 'আপনাকে দেওয়া কোডটি লিখুন',
  'accept.accepted': '{name} এখন তাঁর রেকর্ডের কিছু অংশ আপনার সাথে শেয়ার করছেন।',
} satisfies Words;
