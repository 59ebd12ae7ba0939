import type { Words } from '../../../translate.ts';

export default {
  'crisis.title': 'এখনই সাহায্য দরকার হলে',
  'crisis.danger': 'আপনি যদি এখন বিপদে থাকেন, {number} নম্বরে ফোন করুন বা হাসপাতালের A&E-তে যান।',
  'crisis.call': '{name}-কে {number} নম্বরে ফোন করুন',
  'crisis.text': '{number} নম্বরে {word} লিখে টেক্সট পাঠান',
  'crisis.nhs111.name': 'NHS 111',
  'crisis.nhs111.detail': 'ইংল্যান্ডে থাকলে মানসিক স্বাস্থ্যের অপশনটি বেছে নিন।',
  'crisis.samaritans.name': 'Samaritans',
  'crisis.samaritans.detail': 'বিনা পয়সায়, দিনে বা রাতে যেকোনো সময়।',
  'crisis.shout.name': 'Shout',
  'crisis.shout.detail': 'Shout একটি বিনা পয়সার টেক্সট সেবা, দিনে বা রাতে যেকোনো সময়।',
} satisfies Words;
