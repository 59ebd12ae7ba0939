import type { Words } from '../../../translate.ts';

export default {
  'error.WM_INVITATION_OWN': 'এটি আপনার নিজের আমন্ত্রণ। যাঁর সাথে শেয়ার করতে চান, তাঁকে লিংক বা কোডটি দিন।',
  'error.WM_INVITATION_ALREADY_SHARING':
    'এই মানুষটি আগে থেকেই তাঁর রেকর্ড আপনার সাথে শেয়ার করছেন। এর বদলে তিনি কী শেয়ার করেন তা বদলাতে তাঁকে বলুন।',
  'error.WM_INVITATION_CODE_ATTEMPTS':
    'অনেকবার কোড দিয়ে চেষ্টা করা হয়েছে। {wait} অপেক্ষা করে আবার চেষ্টা করুন, অথবা এর বদলে লিংকটি চেয়ে নিন।',
} satisfies Words;
