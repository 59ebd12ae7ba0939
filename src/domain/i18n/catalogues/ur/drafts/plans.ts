import type { Words } from '../../../translate.ts';

export default {
  'plans.picker.addAnother': 'کوئی رہ گیا ہے؟ انہیں اپنے مدد کے حلقے میں شامل کریں',
} satisfies Words;
