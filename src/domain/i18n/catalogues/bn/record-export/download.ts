import type { Words } from '../../../translate.ts';

export default {
  'download.settings.title': 'আমার রেকর্ড ডাউনলোড করুন',
  'download.settings.intro': 'Waymark-এ আপনি যা রাখেন তার একটি কপি যখন খুশি নিন।',
  'download.settings.link': 'আমার রেকর্ড ডাউনলোড করুন',
  'download.title': 'আমার রেকর্ড ডাউনলোড করুন',
  'download.intro': 'আপনার রেকর্ড আপনার। আপনি যেকোনো সময় এর পুরো কপি নিতে পারেন।',
  'download.file.title': 'অন্য অ্যাপের জন্য একটি ফাইল',
  'download.file.body':
    'এই ফাইলে আপনার পুরো রেকর্ড FHIR-এ আছে, যা স্বাস্থ্য ও যত্নের অ্যাপগুলো ব্যবহার করে। অন্য একটি Waymark এটি আবার পড়ে নিতে পারে। এতে আপনার জার্নাল ও ফাইল আছে, তাই এটি নিরাপদে রাখুন।',
  'download.file.button': 'ফাইলটি ডাউনলোড করুন',
  'download.readable.title': 'পড়া ও প্রিন্ট করার জন্য একটি কপি',
  'download.readable.body':
    'এটি আপনার পুরো রেকর্ড এক পাতায়, সহজ ভাষায় দেখায়। আপনি এটি প্রিন্ট করতে বা PDF হিসেবে সেভ করতে পারেন।',
  'download.readable.link': 'পড়া ও প্রিন্ট করার কপিটি খুলুন',
  'download.noRecord': 'আপনার অ্যাকাউন্টের নিজের কোনো রেকর্ড নেই, তাই ডাউনলোড করার কিছু নেই।',
} satisfies Words;
