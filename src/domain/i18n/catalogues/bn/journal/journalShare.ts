import type { Words } from '../../../translate.ts';

export default {
  'journalShare.heading': 'এই লেখাটি শেয়ার করুন',
  'journalShare.intro':
    'আপনার ডায়েরি গোপন। যাঁর দেখার অনুমতি আছে এমন কারও সাথে আপনি এই একটি লেখা শেয়ার করতে পারেন।',
  'journalShare.nobody': 'এখনো কারও আপনার রেকর্ড দেখার অনুমতি নেই।',
  'journalShare.share': '{name}-এর সাথে শেয়ার করুন',
  'journalShare.unshare': '{name}-এর সাথে শেয়ার করা বন্ধ করুন',
  'journalShare.sharedWith': '{name}-এর সাথে শেয়ার করা হয়েছে',
} satisfies Words;
