export default {
  'measures.needsWording': 'This measure needs its wording loaded by your service',
  'measures.support':
    'Some of your answers say things are hard right now. Your safety plan and your crisis plan are here whenever you want them.',
  'measures.import.needsUrlAndVersion':
    'the questionnaire: "url" and "version" are both needed, so that answers and wording files can name this measure',
  'measures.import.taken':
    'the questionnaire: measure "{url}" version {version} is already stored with different content. Give the new one another version.',
} as const;
