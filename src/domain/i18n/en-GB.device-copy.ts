// en-GB messages for the crisis plan kept on this device when the person is signed out by the
// time-out. Registered by the crisis plan page (device-copy.messages.ts), so they load with it.
export const enGBDeviceCopy = {
  'device.signedOutExplained':
    'You are signed out, so this is the copy kept on this device. It may not have the latest changes.',
  'device.signInForLatest': 'Sign in to see your latest crisis plan',
} as const;
