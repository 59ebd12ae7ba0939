export default {
  'alerts.validation.notSharing':
    'You do not share your record with this person now, so they cannot be chosen. Share something with them first.',
  'alerts.validation.twice': 'This person is chosen twice',
  'alerts.title': 'Who to tell when you notice an early warning sign',
  'alerts.intro':
    'When you say in a check-in that one of your early warning signs is there, Waymark can tell the people you choose here. They will only see “{name} would like you to check in with them”. They will not see which sign, your scores or anything else.',
  'alerts.forMeOnly': 'A check-in you keep “for me only” does not tell anyone.',
  'alerts.legend': 'Tell these people',
  'alerts.none':
    'You do not share your record with anyone yet. Once you do, you can choose them here.',
  'alerts.save': 'Save who to tell',
  'alerts.saved': 'Saved. The people you ticked will be told.',
  'alerts.savedNone': 'Saved. Nobody will be told.',
  'alerts.saveFailed': 'Your choice could not be saved. Try again.',
  'alerts.loadFailed': 'Who to tell could not be loaded. Try again.',
} as const;
