import type { Words } from '../../../translate.ts';

export default {
  'error.WM_ACCOUNT_CLOSE_STAFF':
    'কর্মীর অ্যাকাউন্ট এখানে বন্ধ করা যায় না। আপনার সার্ভিসের অ্যাডমিনকে এটি বন্ধ করতে বলুন।',
} satisfies Words;
