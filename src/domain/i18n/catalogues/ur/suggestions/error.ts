import type { Words } from '../../../translate.ts';

export default {
  'error.WM_SUGGESTION_DECIDED':
    'یہ تجویز پہلے ہی قبول، رد یا واپس کی جا چکی ہے، اس لیے کچھ نہیں بدلا گیا۔',
  'error.WM_SUGGESTION_ITEM_GONE':
    'یہ تجویز جس چیز کے بارے میں ہے وہ مٹا دی گئی ہے، اس لیے اسے بدلا نہیں جا سکتا۔ کچھ نہیں بدلا گیا۔',
  'error.WM_SUGGESTION_TOO_MANY':
    'اس شخص کے لیے آپ کی {max} تجاویز پہلے سے انتظار میں ہیں۔ جب تک وہ ان میں سے کچھ دیکھ نہ لیں، انتظار کریں۔',
} satisfies Words;
