export default {
  'unreadable.versionsStillHere': 'You can still bring back any version shown below.',
  'unreadable.historyOf.lifeArea': 'Earlier versions of the life area last saved {when}',
  'unreadable.historyOf.goal': 'Earlier versions of the goal last saved {when}',
  'unreadable.historyOf.note': 'Earlier versions of the note last saved {when}',
  'unreadable.historyOf.contact': 'Earlier versions of the contact last saved {when}',
  'unreadable.versionSaved': 'Version {version}, saved {when}',
  'unreadable.openHistory': 'See earlier versions',
  'unreadable.planCard': 'This plan cannot be shown at the moment. Nothing has been deleted.',
  'unreadable.lifeArea':
    '{count, plural, one {# life area could not be shown.} other {# life areas could not be shown.}}',
  'unreadable.goal':
    '{count, plural, one {# goal could not be shown.} other {# goals could not be shown.}}',
  'unreadable.note':
    '{count, plural, one {# note could not be shown.} other {# notes could not be shown.}}',
  'unreadable.contact':
    '{count, plural, one {# person or service in your support network could not be shown.} other {# people or services in your support network could not be shown.}}',
  'unreadable.version':
    '{count, plural, one {# version could not be shown.} other {# versions could not be shown.}}',
  'unreadable.reason.tooNew':
    '{count, plural, one {It was saved by a newer version of Waymark; nothing has been deleted. Try again in a few minutes.} other {They were saved by a newer version of Waymark; nothing has been deleted. Try again in a few minutes.}}',
  'unreadable.reason.damaged':
    '{count, plural, one {What was saved is damaged; nothing has been deleted.} other {What was saved is damaged; nothing has been deleted.}}',
  'unreadable.reason.either':
    '{count, plural, one {It was saved by a newer version of Waymark or is damaged. Nothing has been deleted.} other {They were saved by a newer version of Waymark or are damaged. Nothing has been deleted.}}',
  'unreadable.history':
    '{count, plural, one {Earlier versions are in its history.} other {Earlier versions are in their histories.}}',
} as const;
