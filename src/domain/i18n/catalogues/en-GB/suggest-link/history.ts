export default {
  'history.agreedByOn': 'Agreed by {author} on {when}',
} as const;
