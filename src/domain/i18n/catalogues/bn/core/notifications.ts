import type { Words } from '../../../translate.ts';

// The navigation's link, on every signed-in page from its first paint (decision 0057).
export default {
  'notifications.link': 'বিজ্ঞপ্তি',
  'notifications.linkUnread': 'বিজ্ঞপ্তি, {count}টি নতুন',
} satisfies Words;
