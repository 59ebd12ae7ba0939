export default {
  'plans.safety.intro':
    'A safety plan helps you get through moments when you feel you might not be able to keep yourself safe. Write it when you feel calmer, in your own words.',
  'plans.safety.intro2':
    'Go through it one step at a time. You only need to fill in what helps you, and you can change it whenever you like.',
  'plans.safety.empty':
    'You have not started this plan yet. You could start with one thing that has helped before.',
  'plans.safety.save': 'Save safety plan',
  'plans.safety.warningSigns': 'Signs that things are becoming hard',
  'plans.safety.warningSigns.hint':
    'Thoughts, feelings or situations. For example: "I start to think nobody would notice if I was not here".',
  'plans.safety.warningSigns.item': 'Sign {number}',
  'plans.safety.warningSigns.add': 'Add a sign',
  'plans.safety.onMyOwn': 'Things I can do on my own',
  'plans.safety.onMyOwn.hint':
    'For example: "Have a cold shower", "Play my playlist called Calm", "Hold the stone from Filey beach".',
  'plans.safety.onMyOwn.item': 'On my own, number {number}',
  'plans.safety.onMyOwn.add': 'Add something I can do',
  'plans.safety.peopleAndPlaces': 'People and places that take my mind off things',
  'plans.safety.peopleAndPlaces.hint':
    'For example: "The library café", "Sitting with Gran while she watches quiz shows".',
  'plans.safety.peopleAndPlaces.item': 'Person or place {number}',
  'plans.safety.peopleAndPlaces.add': 'Add a person or place',
  'plans.safety.peopleToAsk': 'People I can ask for help',
  'plans.safety.peopleToAsk.hint':
    'Choose from your support network. Their phone numbers are shown here so you can call them.',
  'plans.safety.peopleToAsk.pick': 'Add someone I can ask for help',
  'plans.safety.peopleToAsk.add': 'Add to my plan',
  'plans.safety.professionals': 'Professionals and services I can contact',
  'plans.safety.professionals.hint':
    'For example: your GP, your care coordinator or the crisis team. Add them to your support network with their phone number first.',
  'plans.safety.professionals.pick': 'Add a professional or service',
  'plans.safety.professionals.add': 'Add to my plan',
  'plans.safety.saferSurroundings': 'Making where I am safer',
  'plans.safety.saferSurroundings.hint':
    'Things you or others can do to make where you are safer. For example: "Ask Sam to keep hold of things for me for a while".',
  'plans.safety.saferSurroundings.item': 'Safer, number {number}',
  'plans.safety.saferSurroundings.add': 'Add something that makes me safer',
  'plans.safety.reasonsForLiving': 'My reasons for living',
  'plans.safety.reasonsForLiving.hint':
    'The people, hopes and things that matter to you. For example: "My daughter\'s wedding next spring", "My dog, Biscuit".',
  'plans.safety.reasonsForLiving.item': 'Reason {number}',
  'plans.safety.reasonsForLiving.add': 'Add a reason',
  'plans.safety.photos': 'Photos of my reasons for living',
  'plans.safety.photos.hint': 'Photos are kept private in your record. Only you can see them.',
  'plans.safety.photos.add': 'Add a photo',
  'plans.safety.photos.alt': 'My reasons for living, photo {number}',
  'plans.safety.photos.remove': 'Remove photo {number}',
  'plans.safety.photos.removed': 'Photo removed. It is gone from your plan when you save.',
  'plans.safety.photoCount': '{count, plural, one {# photo} other {# photos}}',
} as const;
