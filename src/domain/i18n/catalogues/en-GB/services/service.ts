export default {
  'service.title': 'Your service',
  'service.youRun': 'You run {name} in Waymark.',
  'service.noRecords': 'As a service admin, you cannot see anyone’s record.',
  'service.next': 'Soon you will add your team here.',
  'service.missing': 'We could not find your service. Ask whoever runs Waymark.',
} as const;
