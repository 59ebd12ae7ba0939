import type { Words } from '../../../translate.ts';

export default {
  'time.seconds':
    '{n, plural, zero {# eiliad} one {# eiliad} two {# eiliad} few {# eiliad} many {# eiliad} other {# eiliad}}',
  'time.minutes':
    '{n, plural, zero {# munud} one {# munud} two {# funud} few {# munud} many {# munud} other {# munud}}',
} satisfies Words;
