import type { Words } from '../../../translate.ts';

export default {
  'date.enter': 'একটি তারিখ লিখুন',
  'date.noDay': 'তারিখে দিন থাকতে হবে',
  'date.noMonth': 'তারিখে মাস থাকতে হবে',
  'date.noYear': 'তারিখে বছর থাকতে হবে',
  'date.numbers': 'দিন, মাস আর বছরের জন্য শুধু সংখ্যা ব্যবহার করুন',
  'date.yearDigits': 'পুরো বছরটি লিখুন, যেমন 2024',
  'date.monthRange': 'মাস 1 থেকে 12-এর মধ্যে একটি সংখ্যা হতে হবে',
  'date.dayRange': 'দিন 1 থেকে 31-এর মধ্যে একটি সংখ্যা হতে হবে',
  'date.notReal': '{day} {month} {year} বলে কোনো তারিখ নেই: {month} {year}-এ {days} দিন আছে',
  'date.format': 'বছর, মাস আর দিন দিয়ে একটি আসল তারিখ লিখুন, যেমন 2024-03-28',
} satisfies Words;
