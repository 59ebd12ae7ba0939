import type { Words } from '../../../translate.ts';

// The navigation's link, on every signed-in page from its first paint (decision 0057).
export default {
  'notifications.link': 'Powiadomienia',
  'notifications.linkUnread':
    'Powiadomienia, {count, plural, one {# nowe} few {# nowe} many {# nowych} other {# nowego}}',
} satisfies Words;
