export default {
  'language.label': 'Language',
  'language.notSaved':
    'Waymark now shows this language here, but could not save it to your account. Try again later.',
} as const;
