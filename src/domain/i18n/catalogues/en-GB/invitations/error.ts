export default {
  'error.WM_INVITATION_OWN':
    'This is your own invitation. Give the link or code to the person you want to share with.',
  'error.WM_INVITATION_ALREADY_SHARING':
    'This person already shares their record with you. Ask them to change what they share instead.',
  'error.WM_INVITATION_CODE_ATTEMPTS':
    'Too many codes tried. Wait {wait} and try again, or ask for the link instead.',
} as const;
