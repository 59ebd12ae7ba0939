export default {
  'settings.title': 'Settings',
  'settings.intro': 'Your account, how Waymark reminds you, and what is kept on this device.',
  'settings.account.title': 'My account',
  'settings.name.hint': 'What you would like to be called. People you share with see it too.',
  'settings.name.save': 'Save my name',
  'settings.name.saved': 'Your name is saved.',
  'settings.email': 'Email address',
  'settings.email.readOnly':
    'You cannot change your email address here yet: Waymark would first need to check that the new address is yours.',
  'settings.checkins.title': 'Check-ins',
  'settings.checkins.reminder': 'Reminders: {frequency}',
  'settings.checkins.scales': 'What I am asked: {scales}',
  'settings.checkins.noScales': 'What I am asked: no scales chosen',
  'settings.checkins.signs': 'Early warning signs I am asked about: {count}',
  'settings.checkins.change': 'Change my check-in settings',
  'settings.device.title': 'My crisis plan on this device',
  'settings.device.noPlan':
    'When you have written a crisis plan, you can keep a copy of it on this device. Then you can open it when there is no internet.',
  'settings.device.write': 'Write my crisis plan',
  'settings.language.title': 'Language',
  'settings.language.intro':
    'Waymark uses this language on every device you sign in on. It uses it in the emails it sends you too. You can also change it at the bottom of every page.',
  'settings.welcome.title': 'Getting started',
  'settings.welcome.again': 'Read the welcome again',
  'settings.import': 'Bring my record from another Waymark',
} as const;
