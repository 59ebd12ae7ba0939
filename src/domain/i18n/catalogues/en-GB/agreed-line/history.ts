export default {
  'history.byName': 'Written by {author}',
} as const;
