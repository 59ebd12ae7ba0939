import type { Words } from '../../../translate.ts';

export default {
  'goals.title': 'میرے مقاصد',
  'goals.intro': 'آپ کے اپنے الفاظ میں مقاصد، زندگی کے ان حصوں کے حساب سے جن سے وہ جڑے ہیں۔',
  'goals.add': 'ایک مقصد شامل کریں',
  'goals.none': 'آپ نے ابھی کوئی مقصد شامل نہیں کیا۔ آپ کس چیز کے لیے کوشش کرنا چاہیں؟',
  'goals.noArea': 'زندگی کے کسی حصے سے نہیں جڑا',
  'goals.manageAreas': 'میری زندگی کے حصے بدلیں',
  'goals.deletedTitle': 'حال ہی میں مٹائے گئے مقاصد',
  'goals.deletedIntro': 'آپ انہیں واپس لا سکتے ہیں۔',
  'goals.undelete': '”{title}“ واپس لائیں',
  'goals.deleted': 'مقصد ”{title}“ مٹا دیا گیا۔',
  'goals.undo': 'واپس کریں',
  'goals.restored': 'مقصد ”{title}“ واپس آ گیا ہے۔',
  'goals.stepsDone': '{total} میں سے {done} قدم پورے ہو گئے',
} satisfies Words;
