import type { Words } from '../../../translate.ts';

export default {
  'comments.title': 'উৎসাহ',
  'comments.intro.own':
    'যাঁদের সাথে আপনি আপনার লক্ষ্য শেয়ার করেন, তাঁরা যা বলেছেন। শুধু আপনিই কোনো মন্তব্য লুকাতে পারেন।',
  'comments.intro.other': '{name}-এর জন্য উৎসাহের ছোট্ট একটি কথা। এতে তাঁর লক্ষ্য বদলায় না।',
  'comments.none': 'এখনো কোনো মন্তব্য নেই।',
  'comments.by': '{name}, {when}',
  'comments.byYou': 'আপনি, {when}',
  'comments.aboutStep': '“{step}” ধাপটি নিয়ে',
  'comments.hide': 'এই মন্তব্যটি লুকান',
  'comments.show': 'আবার দেখান',
  'comments.hidden': 'আপনি {name}-এর একটি মন্তব্য লুকিয়েছেন।',
  'comments.hiddenNote': 'লুকানো মন্তব্য শুধু আপনার কাছ থেকে লুকানো থাকে। {name} এখনো এটি দেখতে পান।',
  'comments.delete': 'আপনার মন্তব্য মুছে ফেলুন',
  'comments.deleted': 'আপনার মন্তব্য মুছে ফেলা হয়েছে।',
  'comments.sent': 'আপনার মন্তব্য পাঠানো হয়েছে।',
  'comments.text': 'একটি মন্তব্য বা উৎসাহের কথা লিখুন',
  'comments.text.hint': 'যেমন, “শনিবার খুব ভালো করেছেন”। সর্বোচ্চ {max}টি অক্ষর।',
  'comments.about': 'এটি কী নিয়ে?',
  'comments.about.goal': 'পুরো লক্ষ্যটি',
  'comments.about.step': 'ধাপ: {step}',
  'comments.send': 'মন্তব্য পাঠান',
  'comments.someone': 'কেউ একজন',
} satisfies Words;
