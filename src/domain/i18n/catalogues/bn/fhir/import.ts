import type { Words } from '../../../translate.ts';

export default {
  'import.title': 'অন্য Waymark থেকে আমার রেকর্ড আনুন',
  'import.intro':
    'আপনি যদি অন্য কোথাও Waymark ব্যবহার করে থাকেন, তাহলে আপনার রেকর্ড এখানে আনতে পারেন। সেখানে "আমার রেকর্ড ডাউনলোড করুন" থেকে পাওয়া ফাইলটি ব্যবহার করুন।',
  'import.onlyEmpty':
    'এখানে আপনার রেকর্ড খালি থাকলেই শুধু এটি করতে পারবেন, সাইন আপ করার ঠিক পরে। কিছুই একসাথে মেশানো হয় না।',
  'import.fileLabel': 'আপনার রেকর্ডের ফাইল',
  'import.fileHint': '"আমার রেকর্ড ডাউনলোড করুন" থেকে পাওয়া .json ফাইল, {max} MB পর্যন্ত।',
  'import.submit': 'আমার রেকর্ড আনুন',
  'import.working': 'আপনার রেকর্ড আনা হচ্ছে। এতে এক মিনিট লাগতে পারে।',
  'import.noFile': 'প্রথমে আপনার রেকর্ডের ফাইল বেছে নিন।',
  'import.notJson':
    'আমরা এই ফাইলটি পড়তে পারছি না। "আমার রেকর্ড ডাউনলোড করুন" থেকে পাওয়া .json ফাইলটি বেছে নিন।',
  'import.tooBig': 'এই ফাইলটি {max} MB-এর চেয়ে বড়, তাই আমরা এটি আনতে পারি না।',
  'import.doneTitle': 'আপনার রেকর্ড এখানে',
  'import.broughtIntro': 'আমরা আনলাম:',
  'import.brought.aboutMe': 'আমার সম্পর্কে',
  'import.brought.lifeAreas': 'জীবনের ক্ষেত্র: {count}',
  'import.brought.goals': 'লক্ষ্য: {count}, {notes}টি নোটসহ',
  'import.brought.plans': 'পরিকল্পনা: {count}',
  'import.brought.supportContacts': 'আপনার সহায়তা নেটওয়ার্কের মানুষ ও পরিষেবা: {count}',
  'import.brought.checkins': 'চেক-ইন: {count}',
  'import.brought.lifeAreaRatings': 'জীবনের ক্ষেত্রের রেটিং: {count}',
  'import.brought.measureResponses': 'আপনার পূরণ করা প্রশ্নাবলি: {count}',
  'import.brought.journalEntries': 'জার্নালের লেখা: {count}',
  'import.brought.files': 'ফাইল: {count}',
  'import.brought.reviews': 'পর্যালোচনা: {count}',
  'import.sharedTitle': 'সেখানে কে আপনার রেকর্ড দেখতে পারতেন',
  'import.sharedNone': 'আপনি সেখানে কারও সাথে আপনার রেকর্ড শেয়ার করেননি।',
  'import.sharedIntro':
    'এই মানুষেরা এখানে নেই। তাঁরা এখানে আপনার রেকর্ডের কিছুই দেখতে পারেন না। আপনি চাইলে শেয়ারিং থেকে তাঁদের আবার আমন্ত্রণ জানান।',
  'import.sharedPerson': '{name} ({role}) সেখানে আপনার {sections} দেখতে পারতেন।',
  'import.sharedJournal': '{name} সেখানে আপনার {count}টি জার্নালের লেখা পড়তে পারতেন।',
  'import.sharedTeam': '{service}-এর {team} দল সেখানে আপনার {sections} দেখতে পারত।',
  'import.sharedTeamAgain': 'এখানে কোনো দলের সাথে যুক্ত হতে, দলের কাছে তাদের কোড চান।',
  'import.toSharing': 'শেয়ারিং-এ যান',
  'import.toRecord': 'আমার রেকর্ডে যান',
  'import.back': 'সেটিংসে ফিরে যান',
  'import.unknownMeasure': 'এতে এমন একটি প্রশ্নাবলির উত্তর আছে যা এই Waymark-এ নেই ({questionnaire})।',
  'import.fileChanged':
    'এতে থাকা "{name}" ফাইলটি সংরক্ষণের পর বদলে গেছে, তাই আমরা এটির উপর ভরসা করতে পারি না।',
} satisfies Words;
