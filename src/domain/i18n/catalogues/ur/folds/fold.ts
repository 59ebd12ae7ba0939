import type { Words } from '../../../translate.ts';

export default {
  'fold.filled': 'بھر دیا گیا',
  'fold.empty': 'ابھی نہیں بھرا گیا',
  'fold.openAll': 'سارے حصے کھولیں',
  'fold.closeAll': 'سارے حصے بند کریں',
} satisfies Words;
