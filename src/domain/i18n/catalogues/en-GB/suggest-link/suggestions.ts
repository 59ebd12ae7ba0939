export default {
  'suggestions.homeLink': 'Look at suggestions',
  'suggestions.homeCount':
    '{count, plural, one {# suggestion is} other {# suggestions are}} waiting for you',
} as const;
