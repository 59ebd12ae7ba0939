export default {
  'plans.crisis.part.people': 'The people involved',
} as const;
