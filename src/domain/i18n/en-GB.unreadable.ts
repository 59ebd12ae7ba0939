// en-GB messages for items and versions a list or history left out because this server cannot
// read what was saved (decision 0016). Calm on purpose: nothing has been lost.
export const enGBUnreadable = {
  'unreadable.lifeArea.one': '1 life area could not be shown.',
  'unreadable.lifeArea.other': '{count} life areas could not be shown.',
  'unreadable.goal.one': '1 goal could not be shown.',
  'unreadable.goal.other': '{count} goals could not be shown.',
  'unreadable.note.one': '1 note could not be shown.',
  'unreadable.note.other': '{count} notes could not be shown.',
  'unreadable.contact.one': '1 person or service in your support network could not be shown.',
  'unreadable.contact.other':
    '{count} people or services in your support network could not be shown.',
  'unreadable.version.one': '1 version could not be shown.',
  'unreadable.version.other': '{count} versions could not be shown.',
  'unreadable.reason.tooNew.one':
    'It was saved by a newer version of Waymark; nothing has been deleted. Try again in a few minutes.',
  'unreadable.reason.tooNew.other':
    'They were saved by a newer version of Waymark; nothing has been deleted. Try again in a few minutes.',
  'unreadable.reason.damaged.one': 'What was saved is damaged; nothing has been deleted.',
  'unreadable.reason.damaged.other': 'What was saved is damaged; nothing has been deleted.',
  'unreadable.reason.either.one':
    'It was saved by a newer version of Waymark or is damaged; nothing has been deleted.',
  'unreadable.reason.either.other':
    'They were saved by a newer version of Waymark or are damaged; nothing has been deleted.',
  'unreadable.history.one': 'Earlier versions are in its history.',
  'unreadable.history.other': 'Earlier versions are in their histories.',
  'unreadable.versionsStillHere': 'You can still bring back any version shown below.',
  'unreadable.historyOf.lifeArea': 'Earlier versions of the life area last saved {when}',
  'unreadable.historyOf.goal': 'Earlier versions of the goal last saved {when}',
  'unreadable.historyOf.note': 'Earlier versions of the note last saved {when}',
  'unreadable.historyOf.contact': 'Earlier versions of the contact last saved {when}',
  'unreadable.versionSaved': 'Version {version}, saved {when}',
  'unreadable.openHistory': 'See earlier versions',
  'unreadable.planCard': 'This plan cannot be shown at the moment. Nothing has been deleted.',
} as const;
