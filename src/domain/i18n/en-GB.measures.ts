// en-GB messages for measures on the server: the library, answers, goal ratings and risk support.
// The engine's own messages (file errors, score explanations) are in domain/measures/messages.ts.
export const enGBMeasures = {
  'measures.needsWording': 'This measure needs its wording loaded by your service',
  'measures.support':
    'Some of your answers say things are hard right now. Your safety plan and your crisis plan are here whenever you want them.',
  'error.WM_MEASURE_NEEDS_WORDING':
    'This measure needs its wording loaded by your service, so it cannot be answered yet.',
  'measures.import.needsUrlAndVersion':
    'the questionnaire: "url" and "version" are both needed, so that answers and wording files can name this measure',
  'measures.import.taken':
    'the questionnaire: measure "{url}" version {version} is already stored with different content. Give the new one another version.',
  'validation.measureUnknown': 'Choose a measure from the list',
  'validation.measureRetired': 'This measure is no longer in use. Choose another one.',
  'validation.measureFinished': 'Finish the questionnaire before saving it',
  'validation.dateTime': 'Enter a date and time with its time zone, like 2026-11-25T10:00:00Z',
  'validation.notInFuture': 'This cannot be in the future',
  'validation.ownGoal': 'Choose one of your goals',
  'validation.goalTwice': 'Rate each goal only once',
  'validation.goalRating': 'Choose a whole number from 0 to 10',
  'validation.changeSomething': 'Change the note or "for me only"',
} as const;
