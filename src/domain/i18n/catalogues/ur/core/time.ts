import type { Words } from '../../../translate.ts';

export default {
  'time.seconds': '{n, plural, one {# سیکنڈ} other {# سیکنڈ}}',
  'time.minutes': '{n, plural, one {# منٹ} other {# منٹ}}',
} satisfies Words;
