import type { Words } from '../../../translate.ts';

export default {
  'device.signedOutExplained':
    'آپ کا سائن آؤٹ ہو چکا ہے، اس لیے یہ وہ کاپی ہے جو اس ڈیوائس پر رکھی گئی ہے۔ ہو سکتا ہے اس میں تازہ ترین تبدیلیاں نہ ہوں۔',
  'device.signInForLatest': 'اپنا تازہ ترین بحران کا منصوبہ دیکھنے کے لیے سائن اِن کریں',
} satisfies Words;
