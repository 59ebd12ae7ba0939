import type { Words } from '../../../translate.ts';

export default {
  'conflict.title': 'এটি অন্য কোথাও বদলানো হয়েছে',
  'conflict.body':
    'আপনি যখন বদল করছিলেন, তখন কেউ (হয়তো আপনিই, অন্য কোনো ট্যাবে বা ডিভাইসে) একটি নতুন সংস্করণ সেভ করেছেন। কিছুই মুছে যায়নি। দুটো মিলিয়ে দেখুন আর কোনটি রাখবেন তা বেছে নিন।',
  'conflict.yours': 'আপনার সংস্করণ (সেভ করা হয়নি)',
  'conflict.saved': 'সেভ করা সংস্করণ (বদলানো হয়েছে {when})',
  'conflict.keepMine': 'এর বদলে আমার সংস্করণ সেভ করুন',
  'conflict.keepSaved': 'সেভ করা সংস্করণটি ব্যবহার করুন',
  'conflict.savedNoDate': 'সেভ করা সংস্করণ',
  'conflict.empty': 'কিছু লেখা নেই',
  'conflict.usingSaved': 'আপনি এখন সেভ করা সংস্করণটি দেখছেন।',
} satisfies Words;
