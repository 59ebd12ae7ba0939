import type { Words } from '../../../translate.ts';

export default {
  'error.WM_REVIEW_ACTION_DECIDED': 'এই কাজের সিদ্ধান্ত আগেই হয়েছিল। কিছু বদলানো হয়নি।',
} satisfies Words;
