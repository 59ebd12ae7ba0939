import type { Words } from '../../../translate.ts';

export default {
  'library.title': 'পরিমাপ',
  'library.intro':
    'এগুলো সেই প্রশ্নাবলী যা আপনার সার্ভিস যাঁদের সহায়তা করে তাঁদের দিতে পারে। যেগুলো আপনি ব্যবহার করেন না সেগুলো বন্ধ করুন।',
  'library.listTitle': 'আপনার লাইব্রেরি',
  'library.none': 'আপনার লাইব্রেরিতে এখনো কোনো প্রশ্নাবলী নেই।',
  'library.source.built-in': 'Waymark-এর সাথে আসে',
  'library.source.imported': 'যিনি Waymark চালান তিনি যোগ করেছেন',
  'library.source.uploaded': 'আপনার সার্ভিস যোগ করেছে',
  'library.questionCount': '{count, plural, one {# টি প্রশ্ন} other {# টি প্রশ্ন}}',
  'library.needsWording': 'কেউ উত্তর দেওয়ার আগে এর শব্দগুলো এখনো যোগ করতে হবে।',
  'library.offer': 'আমরা যাঁদের সহায়তা করি তাঁদের {title} দিন',
  'library.nowOffered': 'আপনি যাঁদের সহায়তা করেন তাঁদের {title} দেওয়া হচ্ছে।',
  'library.notOffered': '{title} আর দেওয়া হচ্ছে না।',
  'library.upload.title': 'একটি প্রশ্নাবলী যোগ করুন',
  'library.upload.intro':
    'JSON ফাইল হিসেবে সংরক্ষিত একটি FHIR প্রশ্নাবলী বেছে নিন, অথবা নিচে পেস্ট করুন। আমরা এটি যাচাই করে দেখাই এটি কেমন দেখায়। আপনি না বলা পর্যন্ত কিছুই যোগ হয় না।',
  'library.upload.file': 'প্রশ্নাবলীর ফাইল',
  'library.upload.fileHint': '{max} KB পর্যন্ত একটি JSON ফাইল।',
  'library.upload.paste': 'অথবা প্রশ্নাবলী পেস্ট করুন',
  'library.upload.check': 'প্রশ্নাবলী যাচাই করুন',
  'library.problems.title': 'আমরা এই প্রশ্নাবলী যোগ করতে পারছি না',
  'library.problems.intro': 'এই সমস্যাগুলো ঠিক করুন, তারপর আবার যাচাই করুন:',
  'library.problem.notJson': 'এটি এমন JSON নয় যা আমরা পড়তে পারি। দেখুন পুরো ফাইলটি কপি করেছেন কি না।',
  'library.problem.tooBig': 'এই ফাইলটি খুব বড়। এটি সর্বোচ্চ {max} KB হতে পারে।',
  'library.problem.tooManyItems': 'প্রশ্নাবলীতে {count} টি প্রশ্ন ও গ্রুপ আছে; আমরা সর্বোচ্চ {max} টি নিই',
  'library.problem.needsWording':
    'প্রশ্নাবলী: কিছু প্রশ্ন বা উত্তরের কোনো শব্দ নেই, তাই কেউ এর উত্তর দিতে পারবে না',
  'library.problem.libraryFull':
    'আপনার লাইব্রেরিতে ইতিমধ্যে আপনার নিজের {max} টি প্রশ্নাবলী আছে, যা এর সর্বোচ্চ সীমা',
  'library.ready': 'এই প্রশ্নাবলী সব যাচাইয়ে উত্তীর্ণ হয়েছে',
  'library.preview.title': 'এটি কী',
  'library.preview.name': 'নাম',
  'library.preview.version': 'সংস্করণ',
  'library.preview.questions': 'প্রশ্ন',
  'library.preview.scores': 'স্কোর',
  'library.preview.noScore': 'এটি কোনো স্কোর দেয় না।',
  'library.preview.scoreSum':
    '{label}: {count, plural, one {# টি উত্তরের} other {# টি উত্তরের}} স্কোর যোগ করে',
  'library.preview.scoreMean':
    '{label}: {count, plural, one {# টি উত্তরের} other {# টি উত্তরের}} গড় স্কোর',
  'library.preview.reliableChange': '{points} বা তার বেশি পরিবর্তন আসল পরিবর্তন।',
  'library.preview.lowerBetter': 'কম স্কোর ভালো, তাই এটি পরিষেবার ফলাফলে গোনা হয়।',
  'library.preview.higherBetter': 'বেশি স্কোর ভালো, তাই এটি পরিষেবার ফলাফলে গোনা হয়।',
  'library.preview.notInReports': 'কোন দিকটা ভালো তা বলে না, তাই এটি পরিষেবার ফলাফলে গোনা হয় না।',
  'library.preview.risk':
    '{count, plural, one {# টি নিয়ম} other {# টি নিয়ম}} কর্মীদের জানায় কখন উত্তর ঝুঁকি দেখাতে পারে।',
  'library.preview.asPeopleSeeIt': 'মানুষ এটি কীভাবে দেখবেন',
  'library.add': 'আমাদের লাইব্রেরিতে যোগ করুন',
  'library.added': '{title} এখন আপনার লাইব্রেরিতে আছে।',
} satisfies Words;
