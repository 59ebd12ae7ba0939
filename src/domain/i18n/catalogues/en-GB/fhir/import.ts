export default {
  'import.title': 'Bring my record from another Waymark',
  'import.intro':
    'If you used Waymark somewhere else, you can bring your record here. Use the file you got from "Download my record" there.',
  'import.onlyEmpty':
    'You can do this only while your record here is empty, just after you sign up. Nothing is mixed together.',
  'import.fileLabel': 'Your record file',
  'import.fileHint': 'The .json file from "Download my record", up to {max} MB.',
  'import.submit': 'Bring my record',
  'import.working': 'Bringing your record in. This may take a minute.',
  'import.noFile': 'Choose your record file first.',
  'import.notJson':
    'We cannot read this file. Choose the .json file you got from "Download my record".',
  'import.tooBig': 'This file is bigger than {max} MB, so we cannot bring it in.',
  'import.doneTitle': 'Your record is here',
  'import.broughtIntro': 'We brought in:',
  'import.brought.aboutMe': 'About me',
  'import.brought.lifeAreas': 'Life areas: {count}',
  'import.brought.goals': 'Goals: {count}, with {notes} notes',
  'import.brought.plans': 'Plans: {count}',
  'import.brought.supportContacts': 'People and services in your support network: {count}',
  'import.brought.checkins': 'Check-ins: {count}',
  'import.brought.lifeAreaRatings': 'Life area ratings: {count}',
  'import.brought.measureResponses': 'Questionnaires you filled in: {count}',
  'import.brought.journalEntries': 'Journal entries: {count}',
  'import.brought.files': 'Files: {count}',
  'import.brought.reviews': 'Reviews: {count}',
  'import.sharedTitle': 'Who could see your record there',
  'import.sharedNone': 'You did not share your record with anyone there.',
  'import.sharedIntro':
    'These people are not here. They cannot see anything of your record here. If you want them to, invite them again from Sharing.',
  'import.sharedPerson': '{name} ({role}) could see your {sections} there.',
  'import.sharedJournal': '{name} could read {count} of your journal entries there.',
  'import.sharedTeam': 'The team {team} at {service} could see your {sections} there.',
  'import.sharedTeamAgain': 'To connect to a team here, ask the team for its code.',
  'import.toSharing': 'Go to Sharing',
  'import.toRecord': 'Go to my record',
  'import.back': 'Back to settings',
  'import.unknownMeasure':
    'It has answers to a questionnaire this Waymark does not have ({questionnaire}).',
  'import.fileChanged':
    'The file "{name}" in it has changed since it was saved, so we cannot trust it.',
} as const;
