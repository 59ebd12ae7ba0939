export default {
  'passwordReset.ask.title': 'Forgotten your password',
  'passwordReset.ask.intro':
    'Enter the email address you sign in with. We will send you a link to choose a new password.',
  'passwordReset.ask.submit': 'Send me a link',
  'passwordReset.sent.title': 'Check your email',
  'passwordReset.sent.body':
    'If {email} belongs to a Waymark account, we have sent it a link. The link works once, for {minutes} minutes.',
  'passwordReset.sent.nothing':
    'Nothing came? Look in your spam folder, or wait a few minutes and ask again.',
  'passwordReset.sent.again': 'Ask again',
  'passwordReset.choose.title': 'Choose a new password',
  'passwordReset.choose.intro':
    'When you save it, you will be signed out everywhere. Then sign in with your new password.',
  'passwordReset.choose.submit': 'Save my new password',
  'passwordReset.done': 'Your new password is saved. Sign in with it.',
  'passwordReset.gone.title': 'This link does not work',
  'passwordReset.gone.body':
    'It may have been used already, or it may be more than an hour old.',
  'passwordReset.gone.again': 'Ask for a new link',
  'passwordReset.backToSignIn': 'Back to sign in',
  'passwordReset.email.subject': 'Choose a new Waymark password',
  'passwordReset.email.body':
    'Someone asked to choose a new password for your Waymark account.\n\nTo choose one, open this link. It works once, for {minutes} minutes:\n{link}\n\nIf you did not ask, you can ignore this email. Your password stays the same.',
} as const;
