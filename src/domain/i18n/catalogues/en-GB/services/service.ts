export default {
  'service.title': 'Your service',
  'service.youRun': 'You run {name} in Waymark.',
  'service.noRecords': 'As a service admin, you cannot see anyone’s record.',
  'service.next': 'Add your teams, then invite your staff to them.',
  'service.missing': 'We could not find your service. Ask whoever runs Waymark.',
  'service.teams': 'Teams',
  'service.staff': 'Staff',
  'service.back': 'Back to your service',
  'service.measures': 'Measures',
  'service.myCare': 'My care items',
} as const;
