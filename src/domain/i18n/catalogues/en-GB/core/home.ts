export default {
  'home.title': 'My recovery',
  'home.greeting': 'Hello, {name}',
  'home.aboutMeLine': 'In your words: “{text}”',
  'home.aboutMePrompt':
    'What matters to me, what I am good at, and how people can help me: in my own words.',
  'home.goalsTitle': 'My goals',
  'home.noGoals': 'You have not added any goals yet. What would you like to work towards?',
  'home.nextStep': 'Next step: {step}',
  'home.noNextStep': 'No steps left. Add one, or mark the goal achieved.',
  'home.linksTitle': 'My record',
  'home.aboutMeLink': 'Read or change About me',
  'home.aboutMeStart': 'Write about me',
  'home.allGoals': 'See all my goals',
} as const;
