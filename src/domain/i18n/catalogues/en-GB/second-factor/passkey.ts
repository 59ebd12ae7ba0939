export default {
  'passkey.title': 'Passkeys',
  'passkey.intro':
    'A passkey lets your phone, computer or security key show that it is you. You use your fingerprint, face or screen lock. Once you add one, signing in asks for it after your password.',
  'passkey.staffMay': 'A passkey counts as your second step, in place of the app or as well as it.',
  'passkey.keepAnother':
    'If you lose the device with your passkey, it cannot help you sign in. So add a passkey on a second device too, or also set up two-step sign-in with an app.',
  'passkey.none': 'You have not added a passkey.',
  'passkey.listTitle': 'Your passkeys',
  'passkey.addedOn': 'Added {date}',
  'passkey.lastUsed': 'Last used {date}',
  'passkey.notUsed': 'Not used yet',
  'passkey.name': 'Name for this passkey',
  'passkey.nameHint': 'So you can tell your passkeys apart, like My phone.',
  'passkey.add': 'Add a passkey',
  'passkey.added': 'The passkey {name} is added. You will be asked for it when you sign in.',
  'passkey.remove': 'Remove',
  'passkey.removeTitle': 'Remove the passkey {name}',
  'passkey.removeIntro': 'Enter your password to remove this passkey.',
  'passkey.password': 'Current password',
  'passkey.cancel': 'Cancel',
  'passkey.removed': 'The passkey {name} is removed.',
  'passkey.notSupported':
    'This browser cannot make or use passkeys. Try another browser, or use two-step sign-in with an app.',
  'passkey.notMade': 'No passkey was made. If you want to add one, try again.',
  'passkey.signIn.title': 'Show it is you',
  'passkey.signIn.intro':
    'Your browser will ask for the passkey you added for Waymark. Use your fingerprint, face, screen lock or security key.',
  'passkey.signIn.use': 'Use a passkey',
  'passkey.signIn.orCode': 'Or enter the code from your app',
  'passkey.signIn.notUsed': 'The passkey was not used. Try again, or use another way to sign in.',
  'passkey.signIn.notSupported':
    'This browser cannot use passkeys. Sign in with a browser that can, or use the code from your app if you have one.',
  'passkey.appOff': 'Your passkey is your second step. You can set up an app as well.',
} as const;
