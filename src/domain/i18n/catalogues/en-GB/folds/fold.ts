export default {
  'fold.filled': 'Filled in',
  'fold.empty': 'Not filled in yet',
  'fold.openAll': 'Open all parts',
  'fold.closeAll': 'Close all parts',
} as const;
