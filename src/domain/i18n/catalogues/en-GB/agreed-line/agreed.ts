export default {
  'agreed.line': 'Written by {author}, agreed by {agreedBy} on {when}',
  'agreed.you': 'you',
} as const;
