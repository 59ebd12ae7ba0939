import type { Words } from '../../../translate.ts';

export default {
  'fold.filled': 'পূরণ করা হয়েছে',
  'fold.empty': 'এখনো পূরণ করা হয়নি',
  'fold.openAll': 'সব অংশ খুলুন',
  'fold.closeAll': 'সব অংশ বন্ধ করুন',
} satisfies Words;
