import type { Words } from '../../../translate.ts';

export default {
  'error.WM_ACCOUNT_CLOSE_STAFF':
    'عملے کا اکاؤنٹ یہاں بند نہیں کیا جا سکتا۔ اپنی سروس کے ایڈمن سے کہیں کہ اسے بند کر دیں۔',
} satisfies Words;
