import type { Words } from '../../../translate.ts';

export default {
  'upload.choose': 'একটি ডকুমেন্ট আপলোড করুন',
  'upload.replace': 'অন্য একটি ডকুমেন্ট আপলোড করুন',
  'upload.limits': 'একটি PDF বা ছবি (PNG, JPEG বা WebP), সর্বোচ্চ {max} MB।',
  'upload.photoLimits': 'একটি ছবি (PNG, JPEG বা WebP), সর্বোচ্চ {max} MB।',
  'upload.sending': '“{name}” আপলোড হচ্ছে…',
  'upload.done': '“{name}” আপলোড হয়েছে। এটি আপনার পরিকল্পনার সাথে রাখতে আপনার সংকট পরিকল্পনা সেভ করুন।',
  'upload.photoDone': 'ছবি আপলোড হয়েছে। এটি সেখানে রাখতে আপনার নিরাপত্তা পরিকল্পনা সেভ করুন।',
  'upload.detached': 'আপনি সেভ করলে ডকুমেন্টটি আপনার পরিকল্পনা থেকে সরিয়ে নেওয়া হবে।',
  'upload.kb': '{size} KB',
  'upload.mb': '{size} MB',
  'upload.storageUsed': 'আপনার {quota} MB-এর মধ্যে {used} MB ব্যবহার করছেন।',
  'upload.removedAfterWindow': '{days} দিন পরে এই ফাইলটি সরিয়ে দেওয়া হয়েছে।',
} satisfies Words;
