export default {
  'aboutMe.title': 'About me',
  'aboutMe.intro':
    'Write in your own words. Nobody else can see this unless you choose to share it.',
  'aboutMe.strengths': 'My strengths',
  'aboutMe.strengths.hint':
    'For example: "I am a good listener", "I keep going when things are hard".',
  'aboutMe.values': 'What I value',
  'aboutMe.values.hint': 'For example: honesty, my faith, being a good parent.',
  'aboutMe.whatMatters': 'What matters to me',
  'aboutMe.whatMatters.hint': 'The people, places and things that make life worth living for you.',
  'aboutMe.identity': 'Who I am',
  'aboutMe.identity.hint': 'How you describe yourself, in any words you like.',
  'aboutMe.culture': 'My culture, faith and community',
  'aboutMe.culture.hint':
    'Where you come from, what you believe, your community: anything you want people to know.',
  'aboutMe.whenWell': 'What I am like when I am well',
  'aboutMe.whenWell.hint':
    'For example: "I get up early, see my sister on Sundays and cook for friends".',
  'aboutMe.howToSupportMe': 'How people can best support me',
  'aboutMe.howToSupportMe.hint':
    'For example: "Give me time to answer", "Text before you call", "Sit with me rather than give advice".',
  'aboutMe.empty':
    'You have not written anything here yet. Start with whatever feels easiest. You can leave any box empty.',
  'aboutMe.lastSaved': 'Last saved {when}.',
} as const;
