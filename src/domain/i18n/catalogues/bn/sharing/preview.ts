import type { Words } from '../../../translate.ts';

export default {
  'preview.title': '{name} যা দেখেন',
  'preview.banner': '{name} এটাই দেখেন। এটি শুধু পড়ার জন্য।',
  'preview.nothing': 'এই মুহূর্তে {name} আপনার রেকর্ডের কিছুই দেখতে পান না।',
  'preview.paused': 'শেয়ার করা সাময়িকভাবে বন্ধ আছে, তাই আপনি আবার চালু না করা পর্যন্ত {name} কিছুই দেখতে পান না।',
  'preview.sections': '{name} দেখতে পান: {sections}',
  'preview.entries': 'ডায়েরির যে {count}টি লেখা আপনি তাঁর সাথে শেয়ার করেছেন',
  'preview.withheldHeading': 'যা সবসময় বাদ থাকে',
  'preview.back': 'শেয়ার করার পেজে ফিরে যান',
} satisfies Words;
