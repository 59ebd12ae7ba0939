import type { Words } from '../../../translate.ts';

export default {
  'validation.review.actionWhat': 'কী করা হবে লিখুন',
  'validation.review.actionWho': 'কে এটি করবেন বেছে নিন',
  'validation.review.actionSomeone': 'যিনি এটি করবেন তাঁর নাম লিখুন',
  'validation.review.tooManyAreas': 'আলোচনার জন্য সর্বোচ্চ {max}টি ক্ষেত্র বেছে নিন',
  'validation.review.areaTwice': 'প্রতিটি ক্ষেত্র একবারই বেছে নিন',
  'validation.review.nextAfterMeeting': 'পরের পর্যালোচনা সাক্ষাতের পরে হতে হবে',
  'validation.review.areaNotRated': 'রেটিং থেকে একটি ক্ষেত্র বেছে নিন',
  'validation.review.lifeAreaUnknown': 'এটি আপনার জীবনের ক্ষেত্রগুলোর একটি নয়',
  'validation.review.myCareUnknown': 'এটি রেটিং দেওয়ার বিষয়গুলোর একটি নয়',
  'validation.review.goalUnknown': 'আপনার একটি লক্ষ্য বা নতুন লক্ষ্য বেছে নিন',
  'validation.review.goalFull': 'এই লক্ষ্যে আর ধাপ রাখা যাবে না। অন্য লক্ষ্য বেছে নিন।',
} satisfies Words;
