import type { Words } from '../../../translate.ts';

export default {
  'field.email': 'ইমেইল ঠিকানা',
  'field.password': 'পাসওয়ার্ড',
  'field.displayName': 'আপনার নাম',
  'field.displayName.hint': 'আপনাকে কী নামে ডাকলে আপনার ভালো লাগবে। এটি আপনার পুরো নাম হতে হবে এমন নয়।',
  'field.password.hint': 'অন্তত 12টি অক্ষর। এলোমেলো কয়েকটি শব্দ একসাথে দিলে ভালো হয়।',
} satisfies Words;
