export default {
  'suggest.link': 'Suggest a change',
  'suggest.newGoal': 'Suggest a new goal',
} as const;
