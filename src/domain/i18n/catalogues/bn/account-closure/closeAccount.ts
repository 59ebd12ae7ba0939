import type { Words } from '../../../translate.ts';

export default {
  'closeAccount.settings.title': 'আমার অ্যাকাউন্ট বন্ধ করুন',
  'closeAccount.settings.intro':
    'আপনি যেকোনো সময় আপনার অ্যাকাউন্ট বন্ধ করতে পারেন। তখন আপনার রেকর্ড Waymark থেকে মুছে ফেলা হয়।',
  'closeAccount.settings.link': 'আমার অ্যাকাউন্ট বন্ধ করুন',
  'closeAccount.title': 'আপনার অ্যাকাউন্ট বন্ধ করুন',
  'closeAccount.intro':
    'অ্যাকাউন্ট বন্ধ করলে Waymark-এ আপনি যা রাখেন সব মুছে যায়। এটি ফেরানো যায় না।',
  'closeAccount.goes.title': 'কী মুছে ফেলা হয়',
  'closeAccount.goes.record':
    'আপনার রেকর্ড: আমার সম্পর্কে, জীবনের ক্ষেত্র ও লক্ষ্য, আপনার পরিকল্পনা, সহায়তার নেটওয়ার্ক, চেক-ইন, পরিমাপ, ডায়েরি ও ফাইল, প্রতিটি আগের সংস্করণসহ।',
  'closeAccount.goes.sharing':
    'আপনি যাদের সঙ্গে শেয়ার করেন তারা সবাই সঙ্গে সঙ্গে অ্যাক্সেস হারায়। আপনার আমন্ত্রণ ও জরুরি লিংক কাজ করা বন্ধ করে।',
  'closeAccount.goes.words':
    'অন্যদের রেকর্ডে আপনার রেখে যাওয়া মন্তব্য ও মতামত, এবং যে পরামর্শ তারা নেয়নি।',
  'closeAccount.goes.signIn': 'আপনার ইমেল ঠিকানা, নাম, পাসওয়ার্ড ও দুই-ধাপের সাইন ইন।',
  'closeAccount.stays.title': 'কী থেকে যায়',
  'closeAccount.stays.id': 'একটি নম্বর যা একসময় আপনার অ্যাকাউন্টকে চিহ্নিত করত, আর কিছু নয়।',
  'closeAccount.stays.others':
    'যারা আপনার সঙ্গে শেয়ার করেছেন তাদের রেকর্ডে, তাদের অ্যাক্সেস লগ এখনও বলে আপনি কখন দেখেছিলেন, এবং তাদের রেকর্ডে আপনার যে পরামর্শ তারা নিয়েছেন তা থাকে। সেই রেকর্ডগুলো তাদের।',
  'closeAccount.stays.backups':
    'যিনি Waymark চালান তার ব্যাকআপে থাকা কপি, যতক্ষণ না সেই ব্যাকআপ বদলানো হয়।',
  'closeAccount.keep.title': 'আগে একটি কপি রাখুন',
  'closeAccount.keep.body':
    'অ্যাকাউন্ট বন্ধ হয়ে গেলে কেউ আপনার রেকর্ড ফিরিয়ে আনতে পারবে না। যাওয়ার আগে আপনার পরিকল্পনা প্রিন্ট করুন, বা আপনার রেকর্ড ডাউনলোড করুন।',
  'closeAccount.confirm.title': 'এখনই বন্ধ করুন',
  'closeAccount.confirm.password': 'আপনার পাসওয়ার্ড',
  'closeAccount.confirm.understood':
    'আমি বুঝি যে আমার রেকর্ড মুছে ফেলা হবে এবং আর ফিরিয়ে আনা যাবে না',
  'closeAccount.understoodRequired': 'এটি ফেরানো যায় না তা বুঝেছেন বলতে বাক্সে টিক দিন',
  'closeAccount.confirm.submit': 'আমার অ্যাকাউন্ট বন্ধ করুন ও রেকর্ড মুছে ফেলুন',
  'closeAccount.cancel': 'আমার অ্যাকাউন্ট রাখুন',
  'closeAccount.done': 'আপনার অ্যাকাউন্ট বন্ধ হয়েছে এবং আপনার রেকর্ড মুছে ফেলা হয়েছে।',
} satisfies Words;
