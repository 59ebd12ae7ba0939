export default {
  'accept.title': '{name} invites you to see their record',
  'accept.as': 'They know you as {knownAs}, their {role}.',
  'accept.sections': 'You would be able to read:',
  'accept.nothing': 'No sections yet. {name} can share more with you later.',
  'accept.until': 'Your access ends after {date}.',
  'accept.readOnly':
    'You can read these parts but not change them. {name} can stop sharing at any time.',
  'accept.expires': 'This invitation works until {when}.',
  'accept.accept': 'Accept',
  'accept.notNow': 'Not now',
  'accept.gone.title': 'This invitation does not work',
  'accept.gone.body':
    'It may have been used already, withdrawn, or it may have expired. Ask the person who invited you for a new one.',
  'accept.code.title': 'Have a code?',
  'accept.code.label': 'Invitation code',
  'accept.code.hint': 'The code someone read out or sent to you, like K7P-M3Q-X9T-W.',
  'accept.code.submit': 'Continue',
  'accept.code.required': 'Enter the code you were given',
  'accept.accepted': '{name} now shares part of their record with you.',
} as const;
