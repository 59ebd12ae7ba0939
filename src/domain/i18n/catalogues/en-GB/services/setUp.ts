export default {
  'setUp.title': 'Set up your account',
  'setUp.intro': 'Choose a password. You will sign in with it and your email address.',
  'setUp.submit': 'Set up my account',
  'setUp.done': 'Your account is set up.',
  'setUp.gone.title': 'This link does not work',
  'setUp.gone.body':
    'It may have been used, or it may be more than 7 days old. Ask whoever runs Waymark for a new link.',
  'setUp.signIn': 'Already set up? Sign in',
} as const;
