export default {
  'measureAbout.phq-9':
    'How you have been feeling over the last 2 weeks: your mood, sleep, energy, and how much you enjoy things.',
  'measureAbout.gad-7':
    'How worried, nervous or on edge you have felt in the last 2 weeks, and how it affects you.',
  'measureAbout.qpr-15':
    'How your recovery feels to you at the moment: hope, feeling in control of your life, and your place with other people.',
  'measureAbout.wellbeing': 'How you have been feeling and thinking over the last 2 weeks.',
  'measureAbout.reqol':
    'How you have been thinking, feeling and getting on with life over the last week.',
  'measureAbout.questions': '{count} questions. About {minutes} minutes.',
  'measureAbout.statements': '{count} statements. About {minutes} minutes.',
  'measureAbout.imported': 'A questionnaire your service added.',
} as const;
