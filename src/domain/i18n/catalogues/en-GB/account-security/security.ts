export default {
  'security.password.title': 'Change my password',
  'security.password.intro':
    'When you change your password, every other device signed in to your account is signed out. This one stays signed in.',
  'security.password.current': 'Current password',
  'security.password.new': 'New password',
  'security.password.newHint':
    'At least {min} characters. A few words you will remember work well.',
  'security.password.save': 'Change my password',
  'security.password.saved': 'Your password is changed.',
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
  'security.password.savedElsewhere':
    'Your password is changed. {count, plural, one {# other device was} other {# other devices were}} signed out.',
} as const;
