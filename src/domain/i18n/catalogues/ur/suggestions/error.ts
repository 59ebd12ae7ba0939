import type { Words } from '../../../translate.ts';

export default {
  'error.WM_SUGGESTION_DECIDED':
    'یہ تجویز اب انتظار میں نہیں ہے: اسے قبول کیا گیا، رد کیا گیا یا واپس لے لیا گیا۔ کچھ نہیں بدلا گیا۔',
  'error.WM_SUGGESTION_ITEM_GONE':
    'یہ تجویز جس چیز کے بارے میں ہے وہ مٹا دی گئی ہے، اس لیے اسے بدلا نہیں جا سکتا۔ کچھ نہیں بدلا گیا۔',
  'error.WM_SUGGESTION_TOO_MANY':
    'اس شخص کے لیے آپ کی {max} تجاویز پہلے سے انتظار میں ہیں۔ جب تک وہ ان میں سے کچھ دیکھ نہ لیں، انتظار کریں۔',
} satisfies Words;
