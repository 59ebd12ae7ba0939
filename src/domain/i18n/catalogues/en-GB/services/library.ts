export default {
  'library.title': 'Measures',
  'library.intro':
    'These are the questionnaires your service can offer the people it supports. Switch off any you do not use.',
  'library.listTitle': 'Your library',
  'library.none': 'There are no questionnaires in your library yet.',
  'library.source.built-in': 'Comes with Waymark',
  'library.source.imported': 'Added by whoever runs Waymark',
  'library.source.uploaded': 'Added by your service',
  'library.questionCount': '{count, plural, one {# question} other {# questions}}',
  'library.needsWording': 'Its words still need to be added before anyone can answer it.',
  'library.offer': 'Offer {title} to the people we support',
  'library.nowOffered': '{title} is offered to the people you support.',
  'library.notOffered': '{title} is no longer offered.',
  'library.upload.title': 'Add a questionnaire',
  'library.upload.intro':
    'Choose a FHIR Questionnaire saved as a JSON file, or paste it below. We check it and show you how it looks. Nothing is added until you say so.',
  'library.upload.file': 'Questionnaire file',
  'library.upload.fileHint': 'A JSON file of up to {max} KB.',
  'library.upload.paste': 'Or paste the questionnaire',
  'library.upload.check': 'Check questionnaire',
  'library.problems.title': 'We cannot add this questionnaire',
  'library.problems.intro': 'Fix these problems, then check it again:',
  'library.problem.notJson':
    'This is not JSON that we can read. Check that you copied the whole file.',
  'library.problem.tooBig': 'This file is too big. It can be up to {max} KB.',
  'library.problem.tooManyItems':
    'the questionnaire has {count} questions and groups; the most we take is {max}',
  'library.problem.needsWording':
    'the questionnaire: some questions or answers have no words, so no one could answer it',
  'library.problem.libraryFull':
    'your library has {max} of your own questionnaires. That is as many as it can hold.',
  'library.ready': 'This questionnaire passed every check',
  'library.preview.title': 'What it is',
  'library.preview.name': 'Name',
  'library.preview.version': 'Version',
  'library.preview.questions': 'Questions',
  'library.preview.scores': 'Scores',
  'library.preview.noScore': 'It does not give a score.',
  'library.preview.scoreSum':
    '{label}: adds up the scores of {count, plural, one {# answer} other {# answers}}',
  'library.preview.scoreMean':
    '{label}: the average score of {count, plural, one {# answer} other {# answers}}',
  'library.preview.reliableChange': 'A change of {points} or more is a real change.',
  'library.preview.lowerBetter': "A lower score is better, so it counts in the service's Outcomes.",
  'library.preview.higherBetter':
    "A higher score is better, so it counts in the service's Outcomes.",
  'library.preview.notInReports':
    "It does not say which way is better, so it does not count in the service's Outcomes.",
  'library.preview.risk':
    '{count, plural, one {# rule tells} other {# rules tell}} staff when answers may show risk.',
  'library.preview.asPeopleSeeIt': 'How people will see it',
  'library.add': 'Add to our library',
  'library.added': '{title} is in your library now.',
} as const;
