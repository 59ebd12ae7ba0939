export default {
  'teamInvite.email.subject': '{team} at {service} invites you to Waymark',
  'teamInvite.email.body': '{name} from {team} at {service} invites you to connect your Waymark record to the team.\n\nNothing is shared until you choose what the team sees. You can say no.\n\nOpen this link to answer. It works once, for {days} days:\n{link}',
  'teamInvite.email.bodyWithNote': '{name} from {team} at {service} invites you to connect your Waymark record to the team.\n\nThey wrote:\n{message}\n\nNothing is shared until you choose what the team sees. You can say no.\n\nOpen this link to answer. It works once, for {days} days:\n{link}',
} as const;
