import type { Words } from '../../../translate.ts';

export default {
  'crisis.title': 'এখনই সাহায্য দরকার হলে',
  'crisis.danger': 'আপনি যদি এখন বিপদে থাকেন, {number} নম্বরে ফোন করুন বা হাসপাতালের A&E-তে যান।',
  'crisis.call': '{name}-কে {number} নম্বরে ফোন করুন',
  'crisis.text': '{number} নম্বরে {word} লিখে টেক্সট পাঠান',
} satisfies Words;
