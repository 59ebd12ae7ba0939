import type { Words } from '../../../translate.ts';

export default {
  'error.WM_IMPORT_INVALID': 'ہم یہ ریکارڈ نہیں لا سکے۔ {problem} کچھ بھی محفوظ نہیں ہوا۔',
  'error.WM_IMPORT_RECORD_NOT_EMPTY':
    'یہاں آپ کے ریکارڈ میں پہلے سے چیزیں ہیں، اس لیے ہم اس میں دوسرا ریکارڈ نہیں لا سکتے۔ آپ ریکارڈ صرف خالی ریکارڈ میں لا سکتے ہیں، سائن اپ کے فوراً بعد۔',
} satisfies Words;
