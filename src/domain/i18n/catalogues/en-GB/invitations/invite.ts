export default {
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
  'invite.section.moving_on': 'My moving-on plan',
  'invite.section.checkins': 'My check-ins',
  'invite.section.measures': 'My questionnaires',
  'invite.section.reviews': 'My reviews',
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
} as const;
