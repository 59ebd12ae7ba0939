// en-GB messages for inviting someone into a record and for accepting an invitation.
export const enGBInvitations = {
  'invitations.validation.role': 'Choose who this person is to you',
  'invitations.validation.knownAs': 'Enter the name you know them by',
  'invitations.validation.level': 'Choose none or view for each section',
  'invitations.validation.suggest':
    'Suggesting changes is not available yet. Choose none or view for this section.',
  'invitations.validation.section': 'There is no section with this name',
  'invitations.validation.journal':
    'The journal cannot be shared as a section. You can share one entry from the journal.',
  'invitations.validation.endsAtPast': 'The end date must be today or in the future',
  'invitations.validation.expiry': 'Choose an expiry between 1 and 30 days',

  'error.WM_INVITATION_OWN':
    'This is your own invitation. Give the link or code to the person you want to share with.',
  'error.WM_INVITATION_ALREADY_SHARING':
    'This person already shares their record with you. Ask them to change what they share instead.',
  'error.WM_INVITATION_CODE_ATTEMPTS':
    'Too many codes tried. Wait {wait} and try again, or ask for the link instead.',
} as const;
