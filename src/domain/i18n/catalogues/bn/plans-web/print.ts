import type { Words } from '../../../translate.ts';

export default {
  'print.button': 'প্রিন্ট করুন বা PDF হিসেবে সেভ করুন',
  'print.date': 'প্রিন্ট করা হয়েছে {date}',
  'print.name': 'নাম: {name}',
} satisfies Words;
