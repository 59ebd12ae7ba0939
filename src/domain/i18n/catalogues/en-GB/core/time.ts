export default {
  'time.seconds': '{n, plural, one {# second} other {# seconds}}',
  'time.minutes': '{n, plural, one {# minute} other {# minutes}}',
} as const;
