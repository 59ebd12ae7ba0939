import type { Words } from '../../../translate.ts';

// The navigation's link, on every signed-in page from its first paint (decision 0057).
export default {
  'notifications.link': 'اطلاعات',
  'notifications.linkUnread': 'اطلاعات، {count} نئی',
} satisfies Words;
