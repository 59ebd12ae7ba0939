export default {
  'supporting.noticesHeading': 'Changes',
  'supporting.notice.stopped': '{name} stopped sharing with you on {date}.',
  'supporting.notice.changed': '{name} changed what they share with you ({date}).',
  'supporting.role.family': 'family',
  'supporting.role.friend': 'friend',
  'supporting.role.carer': 'carer',
  'supporting.role.peer_supporter': 'peer supporter',
  'supporting.role.practitioner': 'practitioner',
  'supporting.role.other': 'supporter',
} as const;
