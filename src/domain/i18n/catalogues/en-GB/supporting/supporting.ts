export default {
  'supporting.title': 'People I support',
  'supporting.intro': 'People who chose to share parts of their record with you.',
  'supporting.sections': 'Shared with you: {sections}',
  'supporting.open': 'Open {name}’s record',
  'supporting.homeLine': 'You also support {names}.',
  'supporting.homeLink': 'Go to People I support',
  'supporting.empty': 'Nobody has shared their record with you yet.',
  'supporting.howItWorks':
    'Sharing is always the person’s choice. They invite you from their Waymark with a link or a short code, and choose which parts you can see. When you accept, they appear here.',
} as const;
