// The navigation's link, on every signed-in page from its first paint (decision 0057).
export default {
  'notifications.link': 'Notifications',
  'notifications.linkUnread': 'Notifications, {count} new',
} as const;
