export default {
  'goalRatingsWeb.title': 'Rate my goals',
  'goalRatingsWeb.intro':
    'How close does each goal feel today? Rate the ones you want to. You can skip any.',
  'goalRatingsWeb.low': 'not started',
  'goalRatingsWeb.high': 'done',
  'goalRatingsWeb.rateOne': 'Rate at least one goal',
  'goalRatingsWeb.save': 'Save my ratings',
} as const;
