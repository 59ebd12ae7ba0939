import type { Words } from '../../../translate.ts';

export default {
  'section.about_me': '“আমার সম্পর্কে” অংশ',
  'section.goals': 'লক্ষ্য',
  'section.support_network': 'সহায়তা নেটওয়ার্ক',
  'section.staying_well': 'ভালো থাকার পরিকল্পনা',
  'section.crisis_plan': 'সংকট পরিকল্পনা',
  'section.safety_plan': 'নিরাপত্তা পরিকল্পনা',
  'section.after_crisis': 'সংকটের পরের পরিকল্পনা',
  'section.moving_on': 'এগিয়ে চলার পরিকল্পনা',
  'section.checkins': 'চেক-ইন',
  'section.journal': 'ডায়েরি',
  'section.measures': 'প্রশ্নমালা',
  'section.reviews': 'পর্যালোচনা',
} satisfies Words;
