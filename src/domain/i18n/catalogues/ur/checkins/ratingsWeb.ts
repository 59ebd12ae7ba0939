import type { Words } from '../../../translate.ts';

export default {
  'ratingsWeb.title': 'اپنی زندگی کے حصوں کو نمبر دیں',
  'ratingsWeb.intro':
    'اس وقت آپ کی زندگی کا ہر حصہ کیسا چل رہا ہے؟ جن کو چاہیں نمبر دیں۔ کوئی بھی چھوڑا جا سکتا ہے۔',
  'ratingsWeb.worst': 'اس سے برا نہیں ہو سکتا',
  'ratingsWeb.best': 'اس سے اچھا نہیں ہو سکتا',
  'ratingsWeb.wantHelp': 'مجھے {name} میں مدد چاہیے',
  'ratingsWeb.noAreas':
    'آپ نے ابھی زندگی کا کوئی حصہ شامل نہیں کیا۔ آپ کی زندگی کے کون سے حصے آپ کے لیے اہم ہیں؟',
  'ratingsWeb.save': 'میرے نمبر محفوظ کریں',
} satisfies Words;
