export default {
  'device.signedOutExplained':
    'You are signed out, so this is the copy kept on this device. It may not have the latest changes.',
  'device.signInForLatest': 'Sign in to see your latest crisis plan',
} as const;
