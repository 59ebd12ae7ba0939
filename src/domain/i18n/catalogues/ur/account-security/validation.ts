import type { Words } from '../../../translate.ts';

export default {
  'validation.samePassword': 'ایسا نیا پاس ورڈ چنیں جو آپ کے موجودہ پاس ورڈ سے مختلف ہو۔',
} satisfies Words;
