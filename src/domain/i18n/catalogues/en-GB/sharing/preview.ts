export default {
  'preview.title': 'What {name} sees',
  'preview.banner': 'This is what {name} sees. It is read-only.',
  'preview.nothing': '{name} sees nothing of your record at the moment.',
  'preview.paused': 'Sharing is paused, so {name} sees nothing until you resume.',
  'preview.sections': '{name} can see: {sections}',
  'preview.entries': '{count} journal entries you shared with them',
  'preview.withheldHeading': 'Always left out',
  'preview.back': 'Back to Sharing',
} as const;
