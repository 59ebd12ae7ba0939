import type { Words } from '../../../translate.ts';

export default {
  'network.title': 'আমার সহায়তা নেটওয়ার্ক',
  'network.intro':
    'যে মানুষ, দল আর সেবা আপনাকে সহায়তা করে: প্রত্যেকে কীভাবে সাহায্য করে, আর কীভাবে তাঁদের সাথে যোগাযোগ করবেন। আপনার পরিকল্পনাগুলোতে এখান থেকে মানুষের নাম দেওয়া যায়।',
  'network.add': 'কাউকে যোগ করুন',
  'network.none':
    'আপনি এখনো কাউকে যোগ করেননি। কে আপনাকে সাহায্য করেন? তিনি হতে পারেন কোনো বন্ধু, প্রতিবেশী, আপনি যে দলে যান, বা কোনো সেবা।',
  'network.kind.person': 'মানুষ',
  'network.kind.group': 'দল',
  'network.kind.service': 'সেবা',
  'network.formal': 'পেশাদার সহায়তা',
  'network.informal': 'পরিচিতজনের সহায়তা',
  'network.formal.long': 'পেশাদার: কোনো পেশাদার মানুষ বা সেবা, যেমন জিপি, নার্স বা ক্রাইসিস টিম',
  'network.informal.long': 'পরিচিতজন: পরিবার, বন্ধু, প্রতিবেশী, কোনো দল বা কমিউনিটি',
  'network.crisisContact': 'সংকটের সময় যোগাযোগের মানুষ',
  'network.field.name': 'নাম',
  'network.field.name.hint':
    'যে নামে আপনি তাঁকে ডাকেন। যেমন: "মা", "পাশের বাড়ির Ade", "মঙ্গলবারের হাঁটার দল"।',
  'network.field.kind': 'এটি কি একজন মানুষ, একটি দল, নাকি একটি সেবা?',
  'network.field.howTheyHelp': 'তাঁরা কীভাবে সাহায্য করেন',
  'network.field.howTheyHelp.hint':
    'যেমন: "বিচার না করে আমার কথা শোনেন", "আমি বাইরে বেরোতে না পারলে আমাকে হাঁটতে নিয়ে যান"।',
  'network.field.phone': 'ফোন',
  'network.field.phoneOptional': 'ফোন নম্বর (ইচ্ছা হলে)',
  'network.field.phone.hint': 'যেমন: 07700 900123।',
  'network.field.email': 'ইমেইল',
  'network.field.emailOptional': 'ইমেইল ঠিকানা (ইচ্ছা হলে)',
  'network.field.notes': 'নোট',
  'network.field.notesOptional': 'নোট (ইচ্ছা হলে)',
  'network.field.notes.hint': 'যেমন: ফোন করার সবচেয়ে ভালো সময়, বা "রাত 9টার পরে ফোন করবেন না"।',
  'network.field.formal': 'এটি কোন ধরনের সহায়তা?',
  'network.field.formal.hint': 'দুই ধরনের সহায়তাই গুরুত্বপূর্ণ।',
  'network.field.crisisContact': 'সংকটের সময় যাঁর সাথে যোগাযোগ করা হবে',
  'network.field.crisisContact.hint':
    'আপনি সংকটে পড়লে তাঁর সাথে যোগাযোগ করা হোক, এমন চাইলে এতে টিক দিন।',
  'network.new.title': 'আমার সহায়তা নেটওয়ার্কে কাউকে যোগ করুন',
  'network.edit.title': 'তথ্য বদলান',
  'network.save': 'সেভ করুন',
  'network.saved': '“{name}” সেভ করা হয়েছে।',
  'network.back': 'আমার সহায়তা নেটওয়ার্কে ফিরে যান',
  'network.change': 'বদলান',
  'network.delete': 'মুছে ফেলুন',
  'network.delete.confirm':
    'আপনার সহায়তা নেটওয়ার্ক থেকে “{name}”-কে মুছে ফেলবেন? যেসব পরিকল্পনায় তাঁর নাম আছে, সেগুলোতে দেখাবে যে তিনি আর আপনার নেটওয়ার্কে নেই।',
  'network.delete.yes': 'হ্যাঁ, মুছে ফেলুন',
  'network.deleted': '“{name}” মুছে ফেলা হয়েছে।',
  'network.restored': '“{name}” আবার ফিরে এসেছে।',
  'network.changedElsewhere':
    'এটি অন্য কোথাও বদলানো হয়েছে, তাই মুছে ফেলা হয়নি। তালিকাটি নতুন করে দেখানো হয়েছে: দেখে নিয়ে আবার চেষ্টা করুন।',
} satisfies Words;
