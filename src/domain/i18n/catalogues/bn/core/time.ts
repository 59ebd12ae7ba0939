import type { Words } from '../../../translate.ts';

export default {
  'time.seconds': '{n, plural, one {# সেকেন্ড} other {# সেকেন্ড}}',
  'time.minutes': '{n, plural, one {# মিনিট} other {# মিনিট}}',
} satisfies Words;
