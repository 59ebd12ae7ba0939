export default {
  'plans.picker.addAnother': 'Someone missing? Add them to your support network',
} as const;
