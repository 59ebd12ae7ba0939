export default {
  'validation.required.reportMonth': 'Choose a month',
  'validation.reportMonth': 'Choose a month and year, from 2000 to 2099',
} as const;
