export default {
  'home.plansTitle': 'My plans',
} as const;
