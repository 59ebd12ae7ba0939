import type { Words } from '../../../translate.ts';

export default {
  'measures.needsWording': 'এই প্রশ্নমালার লেখা আপনার সেবাকে আগে লোড করতে হবে',
  'measures.support':
    'আপনার কিছু উত্তর বলছে যে এই মুহূর্তে সময়টা কঠিন যাচ্ছে। আপনার নিরাপত্তা পরিকল্পনা আর সংকট পরিকল্পনা এখানে আছে, যখনই আপনি চান।',
  'measures.import.needsUrlAndVersion':
    'প্রশ্নমালা: "url" আর "version" দুটোই দরকার, যাতে উত্তর আর লেখার ফাইলগুলো এই প্রশ্নমালার নাম দিতে পারে',
  'measures.import.taken':
    'প্রশ্নমালা: "{url}" প্রশ্নমালার সংস্করণ {version} আগে থেকেই অন্য বিষয়বস্তু নিয়ে রাখা আছে। নতুনটিকে অন্য একটি সংস্করণ নম্বর দিন।',
} satisfies Words;
