import type { Words } from '../../../translate.ts';

export default {
  'error.WM_REVIEW_ACTION_DECIDED': 'اس کام کا فیصلہ پہلے ہو چکا تھا۔ کچھ نہیں بدلا۔',
} satisfies Words;
