// The framings of life areas (domain/record/life-area-framings.ts): each way of looking at one's
// life, what it is about, the areas it offers, and the chooser on the life areas page.
export default {
  'framing.everyday.title': 'Everyday life',
  'framing.everyday.description':
    'The main parts of everyday life: home, money, work, the people around you, your health and the things you enjoy. A good place to start if you are not sure.',
  'framing.recovery.title': 'My recovery',
  'framing.recovery.description':
    'Six things that often matter in recovery. How you feel about who you are. Living with what is hard. Making sense of what has happened. Getting on with people. Doing things you care about, and getting help when you need it.',
  'framing.recovery.area.self': 'Who I am and how I see myself',
  'framing.recovery.area.coping': 'Living with what is hard',
  'framing.recovery.area.meaning': 'Making sense of what has happened to me',
  'framing.recovery.area.people': 'Getting on with the people in my life',
  'framing.recovery.area.roles': 'Things I do that matter to me',
  'framing.recovery.area.support': 'Help and support when I need it',
  'framing.connection.title': 'Connection, hope and meaning',
  'framing.connection.description':
    'Five things many people say help them recover: feeling close to others, hope for the future, a sense of who you are, meaning in your life, and being in charge of your own life.',
  'framing.connection.area.connected': 'Feeling close to people',
  'framing.connection.area.hope': 'Hope and looking forward',
  'framing.connection.area.identity': 'Who I am',
  'framing.connection.area.meaning': 'What gives my life meaning',
  'framing.connection.area.control': 'Being in charge of my life',
  'framing.community.title': 'Family, community, faith and culture',
  'framing.community.description':
    'Starts with the people and ways of life around you: your family, your community, your faith and your culture. Then everyday needs.',
  'framing.community.area.community': 'My community',
  'framing.community.area.faith': 'Faith, spirit or beliefs',
  'framing.community.area.culture': 'Culture, heritage and language',
  'framing.community.area.caring': 'Caring for others',
  'framing.community.area.health': 'Health of body and mind',
  'framing.community.area.work': 'Work, money and learning',

  'framing.chooser.title': 'Ideas for your life areas',
  'framing.chooser.intro':
    'You can start from a different way of looking at your life. Pick one to see its areas, then choose the ones you want.',
  'framing.chooser.which': 'Which way of looking at your life?',
  'framing.chooser.areas': 'Areas in “{title}”',
  'framing.chooser.areas.hint': 'Untick any you do not want. You can rename or remove them later.',
  'framing.chooser.alreadyThere': '{name} (already in your list)',
  'framing.chooser.allThere': 'All of these are already in your list.',
  'framing.chooser.how': 'What to do with the areas you have now',
  'framing.chooser.how.add': 'Keep them, and add these',
  'framing.chooser.how.instead': 'Use these instead',
  'framing.chooser.how.instead.hint':
    'The areas you were given at the start will be taken away. You can add them back at any time from “Everyday life”.',
  'framing.chooser.add': 'Add these life areas',
  'framing.chooser.noneChosen': 'Choose at least one area to add',
  'framing.chooser.added':
    '{count, plural, one {Added # life area} other {Added # life areas}}: {names}.',
  'framing.chooser.nothingAdded': 'Nothing was added: those areas are already in your list.',

  'framing.error.unknown': 'Choose one of the ways of looking at your life',
  'framing.error.unknownArea': 'This is not one of the areas in that way of looking at your life',
  'framing.error.repeated': 'Each area can only be chosen once',
} as const;
