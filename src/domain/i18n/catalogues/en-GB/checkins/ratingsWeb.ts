export default {
  'ratingsWeb.title': 'Rate my life areas',
  'ratingsWeb.intro':
    'How is each part of your life at the moment? Rate the ones you want to. You can skip any.',
  'ratingsWeb.worst': 'could not be worse',
  'ratingsWeb.best': 'could not be better',
  'ratingsWeb.wantHelp': 'I want help with {name}',
  'ratingsWeb.noAreas':
    'You have not added any life areas yet. Which parts of your life matter to you?',
  'ratingsWeb.save': 'Save my ratings',
} as const;
