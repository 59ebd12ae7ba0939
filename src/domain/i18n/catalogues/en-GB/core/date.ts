export default {
  'date.day': 'Day',
  'date.month': 'Month',
  'date.year': 'Year',
} as const;
