export default {
  'auth.signUp.title': 'Create your Waymark account',
  'auth.signUp.intro':
    'Waymark is your own recovery record. You decide what goes in it and who sees it.',
  'auth.signUp.submit': 'Create account',
  'auth.signUp.haveAccount': 'Already have an account?',
  'auth.signIn.title': 'Sign in to Waymark',
  'auth.signIn.submit': 'Sign in',
  'auth.signIn.forgot': 'Forgotten your password?',
  'auth.signIn.noAccount': 'New to Waymark?',
  'auth.signedOut': 'You have signed out.',
  'auth.signOutFailed': 'We could not sign you out. Check your connection and try again.',
} as const;
