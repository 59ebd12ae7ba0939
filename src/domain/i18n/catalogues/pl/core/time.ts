import type { Words } from '../../../translate.ts';

export default {
  'time.seconds': '{n, plural, one {# sekundę} few {# sekundy} many {# sekund} other {# sekundy}}',
  'time.minutes': '{n, plural, one {# minutę} few {# minuty} many {# minut} other {# minuty}}',
} satisfies Words;
