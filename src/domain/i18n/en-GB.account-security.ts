// en-GB words for changing the password and for the devices signed in to the account (Settings),
// with the errors the server gives for them. Loaded with the Settings page and by the server's
// account routes (account-security.messages.ts).
export const enGBAccountSecurity = {
  'error.WM_AUTH_WRONG_PASSWORD': 'This is not your current password. Check it and try again.',
  'validation.samePassword': 'Choose a new password that is different from your current one.',
  'security.password.title': 'Change my password',
  'security.password.intro':
    'When you change your password, every other device signed in to your account is signed out. This one stays signed in.',
  'security.password.current': 'Current password',
  'security.password.new': 'New password',
  'security.password.newHint':
    'At least {min} characters. A few words you will remember work well.',
  'security.password.save': 'Change my password',
  'security.password.saved': 'Your password is changed.',
  'security.password.savedElsewhereOne': 'Your password is changed. 1 other device was signed out.',
  'security.password.savedElsewhere':
    'Your password is changed. {count} other devices were signed out.',
  'security.devices.title': 'Where I am signed in',
  'security.devices.intro':
    'Each browser signed in to your account. If you see one you do not know, sign it out and change your password.',
  'security.devices.thisDevice': 'This device',
  'security.devices.otherDevice': 'Signed in on {when}',
  'security.devices.signedIn': 'Signed in: {when}',
  'security.devices.lastSeen': 'Last used: {when}',
  'security.devices.signOut': 'Sign out this device',
  'security.devices.signedOut': 'That device is signed out.',
  'security.devices.signOutHere': 'Sign out here',
} as const;
