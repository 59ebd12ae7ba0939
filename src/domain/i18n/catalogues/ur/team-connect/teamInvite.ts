import type { Words } from '../../../translate.ts';

export default {
  'teamInvite.email.subject': '{team} at {service} invites you to Waymark',
  'teamInvite.email.body':
    '{name} from {team} at {service} invites you to connect your Waymark record to the team.\n\nNothing is shared until you choose what the team sees. You can say no.\n\nOpen this link to answer. It works once, for {days} days:\n{link}',
  'teamInvite.email.bodyWithNote':
    '{name} from {team} at {service} invites you to connect your Waymark record to the team.\n\nThey wrote:\n{message}\n\nNothing is shared until you choose what the team sees. You can say no.\n\nOpen this link to answer. It works once, for {days} days:\n{link}',
  'teamInvite.gone.title': 'This invitation has ended',
  'teamInvite.gone.code': 'Have a team code? Use it on your Sharing page',
  'teamInvite.heading': 'An invitation from a team',
  'teamInvite.title': '{name} invites you to join {team}',
  'teamInvite.theyWrote': '{name} wrote:',
  'teamInvite.nothingYet':
    'Nothing is shared until you choose. You can change it, or leave, at any time.',
  'teamInvite.expires': 'This link works until {when}.',
  'teamInvite.decline': 'No, thank you',
  'teamInvite.declined': 'You said no to {team}. Nothing was shared.',
  'teamInvite.link': 'Invite someone to {team} by email',
  'teamInvite.form.title': 'Invite someone by email',
  'teamInvite.form.intro':
    'We email them a link. It works once, for {days} days. Nothing is shared until they choose what the team sees.',
  'teamInvite.form.email': 'Their email address',
  'teamInvite.form.message': 'A short note (you do not have to add one)',
  'teamInvite.form.messageHint': 'It goes in the email. Do not write anything private.',
  'teamInvite.form.send': 'Send the invitation',
  'teamInvite.sent': 'We sent an invitation to {email}.',
  'teamInvite.sentBy': 'Sent by {name} on {date}.',
  'teamInvite.worksUntil': 'The link works until {date}.',
  'teamInvite.withdraw': 'Take back the invitation to {email}',
  'teamInvite.withdraw.question':
    'Take back the invitation to {email}? The link in the email will stop working.',
  'teamInvite.withdraw.yes': 'Yes, take it back',
  'teamInvite.withdrawn': 'The invitation to {email} was taken back.',
  'teamInvite.waiting.title': 'Waiting for an answer',
  'teamInvite.waiting.none': 'No invitations are waiting for an answer.',
  'teamInvite.page.title': 'Invite people to {team}',
  'teamInvite.page.plain': 'Invite people to a team',
  'teamInvite.page.back': 'Back',
  'teamInvite.page.notYours':
    'You cannot invite people to this team. Only people in the team, and the service admin, can.',
} satisfies Words;
