import type { Words } from '../../../translate.ts';

export default {
  'error.WM_RESET_LINK_INVALID':
    'یہ لنک کام نہیں کرتا۔ ہو سکتا ہے یہ پہلے ہی استعمال ہو چکا ہو، یا ایک گھنٹے سے زیادہ پرانا ہو۔ نیا لنک مانگیں۔',
} satisfies Words;
