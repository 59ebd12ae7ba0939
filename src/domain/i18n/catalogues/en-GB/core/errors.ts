export default {
  'errors.summaryTitle': 'There is a problem',
  'errors.saveFailed': 'Your changes were not saved. Your text is still here. Try again.',
  'errors.network': 'We could not reach Waymark. Check your connection. Your text is still here.',
  'errors.signInAgain':
    'You have been signed out, so this was not saved. Your text is still here. Sign in again in another tab, then come back and save.',
  'errors.prefix': 'Error:',
} as const;
