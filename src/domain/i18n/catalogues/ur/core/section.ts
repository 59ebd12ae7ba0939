import type { Words } from '../../../translate.ts';

export default {
  'section.about_me': 'میرے بارے میں',
  'section.goals': 'مقاصد',
  'section.support_network': 'مدد کا حلقہ',
  'section.staying_well': 'ٹھیک رہنے کا منصوبہ',
  'section.crisis_plan': 'بحران کا منصوبہ',
  'section.safety_plan': 'حفاظتی منصوبہ',
  'section.after_crisis': 'بحران کے بعد کا منصوبہ',
  'section.moving_on': 'آگے بڑھنے کا منصوبہ',
  'section.checkins': 'چیک اِن',
  'section.journal': 'ڈائری',
  'section.measures': 'سوال نامے',
  'section.reviews': 'جائزے',
} satisfies Words;
