export default {
  'emergency.title': 'Crisis plan for {name}',
  'emergency.intro':
    '{name} has shared their crisis plan with you through an emergency link. It tells you what they want to happen if they are in crisis.',
  'emergency.updated': 'Last updated {when}.',
  'emergency.notWritten': 'Nothing has been written in this plan yet.',
  'emergency.until': 'This link works until {when}.',
  'emergency.gone.title': 'This link has expired or been turned off',
  'emergency.gone.body': 'The person who shared it can make a new one if you still need it.',
  'emergency.failed.title': 'This crisis plan could not be loaded',
} as const;
