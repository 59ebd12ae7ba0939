// en-GB messages for inviting someone into a record and for accepting an invitation.
export const enGBInvitations = {
  'invitations.validation.role': 'Choose who this person is to you',
  'invitations.suggest': '{section}: they can also suggest changes, for you to accept or not',
  // The Sharing page's link to the access log: here, with the other words that page loads, so
  // the page does not load the whole access log catalogue for one link.
  'accessLog.sharingLink': 'Who has seen my record',
  'invitations.validation.knownAs': 'Enter the name you know them by',
  'invitations.validation.level': 'Choose none, view or suggest changes for each section',
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

  'invite.title': 'Invite someone to see your record',
  'invite.intro':
    'Choose who this is and what they can see. They can only read it: only you can change your record.',
  'invite.role': 'Who is this person to you?',
  'invite.role.family': 'Family',
  'invite.role.friend': 'Friend',
  'invite.role.carer': 'Carer',
  'invite.role.peer_supporter': 'Peer supporter',
  'invite.role.practitioner': 'Practitioner, such as a nurse, doctor or support worker',
  'invite.role.other': 'Someone else',
  'invite.knownAs': 'The name you know them by',
  'invite.knownAs.hint':
    'This is how they appear to you in Waymark, for example “Jo” or “Dr Patel”.',
  'invite.sections': 'What can they see?',
  'invite.sections.hint':
    'Tick each part they can read. Anything you do not tick stays private. You can change this later.',
  'invite.section.about_me': 'About me',
  'invite.section.goals': 'My goals',
  'invite.section.support_network': 'My support network',
  'invite.section.staying_well': 'My staying-well plan',
  'invite.section.crisis_plan': 'My crisis plan',
  'invite.section.safety_plan': 'My safety plan',
  'invite.section.after_crisis': 'My after-crisis plan',
  'invite.section.checkins': 'My check-ins',
  'invite.section.measures': 'My questionnaires',
  'invite.journalPrivate':
    'Journal entries stay private. You can share one entry at a time from the journal.',
  'invite.advanceChoice': 'Include my advance choice document with the crisis plan',
  'invite.advanceChoice.hint': 'Leave this unticked to keep the document to yourself.',
  'invite.endsAt': 'When should their access end? (optional)',
  'invite.endsAt.hint':
    'They can see what you share up to and including this day. Leave it empty for no end date.',
  'invite.submit': 'Make the invitation',
  'invite.created.title': 'Your invitation for {name}',
  'invite.created.once':
    'We show the link and the code only now. Pass on one of them to {name} yourself, for example by message or by reading the code out over the phone.',
  'invite.created.until': 'They need to accept it by {when}. After that it stops working.',
  'invite.created.how':
    'They will need to sign in to Waymark, or create an account, before they can accept. Each invitation works once.',
  'invite.created.link': 'Invitation link',
  'invite.created.code': 'Or the code to read out',
  'invite.created.codeHint':
    'They type this at “Have a code?” in Waymark. Capital letters and dashes do not matter.',
  'invite.copy': 'Copy the link',
  'invite.copied': 'Link copied.',
  'invite.copyByHand': 'Select the link and copy it yourself.',
  'invite.another': 'Invite someone else',

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
