import type { Words } from '../../../translate.ts';

export default {
  'settings.title': 'সেটিংস',
  'settings.intro': 'আপনার অ্যাকাউন্ট, Waymark আপনাকে কীভাবে মনে করিয়ে দেয়, আর এই ডিভাইসে কী রাখা আছে।',
  'settings.account.title': 'আমার অ্যাকাউন্ট',
  'settings.name.hint':
    'আপনাকে কী নামে ডাকলে আপনার ভালো লাগবে। আপনি যাঁদের সাথে শেয়ার করেন তাঁরাও এটি দেখতে পান।',
  'settings.name.save': 'আমার নাম সেভ করুন',
  'settings.name.saved': 'আপনার নাম সেভ হয়েছে।',
  'settings.email': 'ইমেইল ঠিকানা',
  'settings.email.readOnly':
    'আপনি এখনো এখানে আপনার ইমেইল ঠিকানা বদলাতে পারবেন না: নতুন ঠিকানাটি যে আপনারই, Waymark-কে আগে তা যাচাই করতে হবে।',
  'settings.checkins.title': 'চেক-ইন',
  'settings.checkins.reminder': 'মনে করিয়ে দেওয়া: {frequency}',
  'settings.checkins.scales': 'আমাকে যা জিজ্ঞেস করা হয়: {scales}',
  'settings.checkins.noScales': 'আমাকে যা জিজ্ঞেস করা হয়: কোনো স্কেল বেছে নেওয়া হয়নি',
  'settings.checkins.signs': 'যেসব আগাম সতর্ক লক্ষণ নিয়ে আমাকে জিজ্ঞেস করা হয়: {count}',
  'settings.checkins.change': 'আমার চেক-ইনের সেটিংস বদলান',
  'settings.device.title': 'এই ডিভাইসে আমার সংকট পরিকল্পনা',
  'settings.device.noPlan':
    'সংকট পরিকল্পনা লিখে ফেলার পর, আপনি এই ডিভাইসে তার একটি কপি রাখতে পারবেন। তখন ইন্টারনেট না থাকলেও আপনি সেটি খুলতে পারবেন।',
  'settings.device.write': 'আমার সংকট পরিকল্পনা লিখুন',
  'settings.language.title': 'ভাষা',
  'settings.language.intro':
    'আপনি যে ডিভাইসেই সাইন ইন করুন, Waymark সেখানে এই ভাষা ব্যবহার করে। আপনাকে পাঠানো ইমেইলেও এই ভাষা ব্যবহার করে। প্রতিটি পেজের নিচ থেকেও আপনি এটি বদলাতে পারেন।',
  'settings.welcome.title': 'শুরু করা',
  'settings.welcome.again': 'স্বাগত জানানোর পেজটি আবার পড়ুন',
  'settings.import': 'অন্য Waymark থেকে আমার রেকর্ড আনুন',
} satisfies Words;
