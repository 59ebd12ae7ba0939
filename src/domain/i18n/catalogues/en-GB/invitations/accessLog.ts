export default {
  'accessLog.sharingLink': 'Who has seen my record',
} as const;
