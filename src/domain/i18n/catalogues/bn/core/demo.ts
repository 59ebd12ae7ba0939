import type { Words } from '../../../translate.ts';

export default {
  'demo.banner': 'নমুনা অ্যাকাউন্ট (কাল্পনিক মানুষ):',
} satisfies Words;
