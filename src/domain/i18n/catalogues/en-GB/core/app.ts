export default {
  'app.name': 'Waymark',
  'app.skipToContent': 'Skip to main content',
  'app.loading': 'Loading…',
  'app.loadFailed': 'Sorry, we could not load this page. Check your connection and try again.',
  'app.tryAgain': 'Try again',
  'app.notFound.title': 'Page not found',
  'app.notFound.body': 'We could not find that page. It may have moved.',
  'app.backHome': 'Go to my recovery home page',
  'app.title': '{title} – Waymark',
  'app.titleError': 'Error: {title} – Waymark',
  'app.quoted': '“{text}”',
} as const;
