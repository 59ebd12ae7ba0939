export default {
  'validation.samePassword': 'Choose a new password that is different from your current one.',
} as const;
