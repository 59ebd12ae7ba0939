import type { Words } from '../../../translate.ts';

export default {
  'suggest.link': 'تبدیلی کی تجویز دیں',
  'suggest.newGoal': 'نئے مقصد کی تجویز دیں',
} satisfies Words;
