export default {
  'network.backToCrisisPlan': 'Back to my crisis plan',
  'network.backToSafetyPlan': 'Back to my safety plan',
  'network.backToMovingOnPlan': 'Back to my moving-on plan',
  'network.addedForPlan':
    '“{name}” was added to your support network. You can now choose them here.',
} as const;
