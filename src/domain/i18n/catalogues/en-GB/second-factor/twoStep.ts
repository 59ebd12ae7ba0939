export default {
  'twoStep.title': 'Two-step sign-in',
  'twoStep.intro':
    'With two-step sign-in, you enter a code from an app on your phone as well as your password. Then someone who learns your password still cannot sign in as you.',
  'twoStep.on': 'Two-step sign-in is on.',
  'twoStep.off': 'Two-step sign-in is off.',
  'twoStep.codesLeft':
    '{count, plural, one {You have # recovery code left.} other {You have # recovery codes left.}}',
  'twoStep.start': 'Set up two-step sign-in',
  'twoStep.keyIntro':
    'Open an authenticator app on your phone. Add a new account in it and type in this key:',
  'twoStep.key': 'Your key',
  'twoStep.link': 'Open the key in an app on this device',
  'twoStep.codeIntro': 'Then enter the 6-digit code the app shows for Waymark.',
  'twoStep.code': 'Code from your app',
  'twoStep.codeHint': 'A new code comes every 30 seconds. Enter the one shown now.',
  'twoStep.confirm': 'Turn on two-step sign-in',
  'twoStep.codesTitle': 'Your recovery codes',
  'twoStep.codesIntro':
    'If you lose your phone, you can sign in with one of these codes instead. Each code works once. Write them down or print them, and keep them somewhere safe. You will not see them again.',
  'twoStep.saved': 'I have saved these codes',
  'twoStep.turnedOn':
    'Two-step sign-in is on. You will need a code from your app when you sign in.',
  'twoStep.turnOff': 'Turn off two-step sign-in',
  'twoStep.turnOffIntro': 'Enter your password to turn off two-step sign-in.',
  'twoStep.password': 'Current password',
  'twoStep.turnedOff': 'Two-step sign-in is off.',
  'twoStep.signIn.title': 'Enter the code from your app',
  'twoStep.signIn.intro':
    'Open the authenticator app on your phone. Enter the 6-digit code it shows for Waymark.',
  'twoStep.signIn.code': 'Code',
  'twoStep.signIn.submit': 'Continue',
  'twoStep.signIn.useRecovery': 'I cannot use my app: use a recovery code',
  'twoStep.signIn.useApp': 'Use a code from my app',
  'twoStep.signIn.recoveryTitle': 'Enter a recovery code',
  'twoStep.signIn.recoveryCode': 'Recovery code',
  'twoStep.signIn.recoveryHint':
    'One of the codes you saved when you set up two-step sign-in. Each code works once.',
  'twoStep.staffMust':
    'You work for a service. So you must turn on two-step sign-in before you can see anything about the people you work with. Until then, Waymark brings you back to this page.',
} as const;
