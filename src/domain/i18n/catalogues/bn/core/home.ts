import type { Words } from '../../../translate.ts';

export default {
  'home.title': 'আমার সুস্থ হয়ে ওঠার পথ',
  'home.greeting': 'হ্যালো, {name}',
  'home.aboutMeLine': 'আপনার কথায়: “{text}”',
  'home.aboutMePrompt':
    'আমার কাছে কী গুরুত্বপূর্ণ, আমি কী ভালো পারি, আর মানুষ কীভাবে আমাকে সাহায্য করতে পারেন: আমার নিজের কথায়।',
  'home.goalsTitle': 'আমার লক্ষ্য',
  'home.noGoals': 'আপনি এখনো কোনো লক্ষ্য যোগ করেননি। আপনি কোন দিকে এগোতে চান?',
  'home.nextStep': 'পরের ধাপ: {step}',
  'home.noNextStep': 'আর কোনো ধাপ বাকি নেই। একটি যোগ করুন, বা লক্ষ্যটি পূরণ হয়েছে বলে চিহ্ন দিন।',
  'home.linksTitle': 'আমার রেকর্ড',
  'home.aboutMeLink': '“আমার সম্পর্কে” পড়ুন বা বদলান',
  'home.aboutMeStart': 'আমার সম্পর্কে লিখুন',
  'home.allGoals': 'আমার সব লক্ষ্য দেখুন',
} satisfies Words;
