import type { Words } from '../../../translate.ts';

export default {
  'plans.picker.addAnother': 'কেউ বাদ পড়েছেন? তাঁকে আপনার সহায়তা নেটওয়ার্কে যোগ করুন',
} satisfies Words;
