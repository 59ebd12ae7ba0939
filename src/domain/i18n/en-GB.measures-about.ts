// en-GB words that tell a person what each questionnaire is, in plain words: what it asks
// about, how long it takes, and who sees the answers. Not the clinical description the measure
// file carries. Loaded with the questionnaire pages only (measures-about.messages.ts).
export const enGBMeasuresAbout = {
  'measureAbout.phq-9':
    'How you have been feeling over the last 2 weeks: your mood, sleep, energy, and how much you enjoy things.',
  'measureAbout.phq-9.time': '10 questions. About 3 minutes.',
  'measureAbout.gad-7':
    'How worried, nervous or on edge you have felt over the last 2 weeks, and how that affects you.',
  'measureAbout.gad-7.time': '8 questions. About 2 minutes.',
  'measureAbout.qpr-15':
    'How your recovery feels to you at the moment: hope, feeling in control of your life, and your place with other people.',
  'measureAbout.qpr-15.time': '15 statements to agree or disagree with. About 5 minutes.',
  'measureAbout.swemwbs': 'How you have been feeling and thinking over the last 2 weeks.',
  'measureAbout.swemwbs.time': '7 statements. About 2 minutes.',
  'measureAbout.wemwbs': 'How you have been feeling and thinking over the last 2 weeks.',
  'measureAbout.wemwbs.time': '14 statements. About 4 minutes.',
  'measureAbout.reqol-10':
    'How you have been thinking and feeling, and how you have been getting on with life, over the last week.',
  'measureAbout.reqol-10.time': '10 questions. About 3 minutes.',
  'measureAbout.reqol-20':
    'How you have been thinking and feeling, and how you have been getting on with life, over the last week.',
  'measureAbout.reqol-20.time': '20 questions. About 5 minutes.',
  'measureAbout.imported': 'A questionnaire your service added.',
  'measureAbout.who':
    'Only you see your answers, unless you choose to share your questionnaires with someone. Answers you mark “for me only” stay with you even then.',
  'measureAbout.whoTitle': 'Who sees your answers',
} as const;
