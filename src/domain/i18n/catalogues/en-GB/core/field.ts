export default {
  'field.email': 'Email address',
  'field.password': 'Password',
  'field.displayName': 'Your name',
  'field.displayName.hint':
    'What you would like to be called. It does not have to be your full name.',
  'field.password.hint': 'At least 12 characters. A few random words together work well.',
} as const;
