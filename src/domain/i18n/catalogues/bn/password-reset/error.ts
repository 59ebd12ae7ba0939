import type { Words } from '../../../translate.ts';

export default {
  'error.WM_RESET_LINK_INVALID':
    'এই লিংকটি কাজ করছে না। এটি হয়তো আগেই ব্যবহার করা হয়েছে, অথবা এক ঘণ্টার বেশি পুরনো। নতুন একটি চান।',
} satisfies Words;
