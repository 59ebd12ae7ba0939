export default {
  'agreed.line': 'Written by {author}, agreed by {agreedBy} on {when}',
} as const;
