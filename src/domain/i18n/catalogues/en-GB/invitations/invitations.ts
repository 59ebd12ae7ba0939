export default {
  'invitations.validation.role': 'Choose who this person is to you',
  'invitations.suggest': '{section}: they can also suggest changes, for you to accept or not',
  'invitations.validation.knownAs': 'Enter the name you know them by',
  'invitations.validation.level': 'Choose none, view or suggest changes for each section',
  'invitations.validation.section': 'There is no section with this name',
  'invitations.validation.journal':
    'The journal cannot be shared as a section. You can share one entry from the journal.',
  'invitations.validation.endsAtPast': 'The end date must be today or in the future',
  'invitations.validation.expiry': 'Choose an expiry between 1 and 30 days',
  'invitations.list.title': 'Invitations waiting to be accepted',
  'invitations.list.none': 'You have no invitations waiting.',
  'invitations.list.item': '{name} ({role})',
  'invitations.list.sees': 'Can see: {sections}',
  'invitations.list.seesNothing': 'Nothing yet',
  'invitations.list.until': 'Works until {when}',
  'invitations.list.ends': 'Access ends after {date}',
  'invitations.withdraw': 'Withdraw',
  'invitations.withdrawn':
    'The invitation for {name} was withdrawn. The link and code no longer work.',
} as const;
