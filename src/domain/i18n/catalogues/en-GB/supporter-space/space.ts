export default {
  'space.title': 'My space',
  'space.intro':
    'This space is yours. Nobody else can see it, including the people you support. Write what you need and what helps you, so you can keep going too.',
  'space.needs': 'What I need',
  'space.needsHint': 'For example: time to myself, someone to talk to, help with practical things.',
  'space.coping': 'What helps me cope',
  'space.copingHint': 'Things that steady you when it gets hard.',
  'space.selfCarePlan': 'My plan for looking after myself',
  'space.selfCarePlanHint': 'What you will do, and when, to keep yourself well.',
  'space.save': 'Save my space',
  'space.saved': 'Saved.',
  'space.conflict':
    'This was changed somewhere else since you opened it. What is saved now is shown; your words are below so you can add them again.',
  'space.yourWords': 'Your words that were not saved',
  'space.saveFailed': 'Your words could not be saved. Try again.',
  'space.history': 'Earlier versions',
  'space.historyLink': 'Earlier versions of my space',
  'space.guideLink': 'Read a short guide to supporting someone',
  'space.linkFromHome': 'My space: what I need, and looking after myself',
} as const;
