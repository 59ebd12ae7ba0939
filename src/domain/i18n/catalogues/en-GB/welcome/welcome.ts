export default {
  'welcome.title': 'Welcome to Waymark',
  'welcome.hello': 'Hello, {name}. This is a place for your recovery, in your own words.',
  'welcome.yours.title': 'This is your record',
  'welcome.yours.body':
    'You write it, and you decide what goes in it. You can change or take out anything later.',
  'welcome.private.title': 'Nobody else can see it unless you share it',
  'welcome.private.body':
    'If you want someone to see a part of it, you choose who and which part. You can stop sharing at any time.',
  'welcome.start.title': 'Start anywhere',
  'welcome.start.body':
    'There is no right order, and you do not have to fill everything in. Where would you like to begin?',
  'welcome.start.aboutMe': 'What matters to me',
  'welcome.start.aboutMe.hint':
    'A few words about me: my strengths, what I care about, and how people can support me.',
  'welcome.start.crisisPlan': 'If things get hard',
  'welcome.start.crisisPlan.hint':
    'My crisis plan: the signs to look out for, what helps, and who I want involved.',
  'welcome.start.goal': 'A goal',
  'welcome.start.goal.hint': 'Something I want to work towards, in small steps.',
  'welcome.start.lifeAreas': 'The parts of my life',
  'welcome.start.lifeAreas.hint':
    'Pick a way of looking at my life that suits me. It might be everyday life, my recovery, hope, or my family, faith and culture.',
  'welcome.skip': 'Not now: take me to my home page',
  'welcome.import': 'Used Waymark somewhere else? Bring your record here',
  'welcome.again': 'You can read this again from Settings.',
} as const;
