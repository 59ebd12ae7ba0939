export default {
  'guide.title': 'Supporting someone’s recovery',
  'guide.intro':
    'A short guide for family, friends and others who support someone. You do not have to get everything right.',
  'guide.recovery.title': 'What recovery means',
  'guide.recovery.body':
    'Recovery is about living a life that feels worthwhile to the person, with or without symptoms. It is theirs: their hopes, their pace and their choices. It often goes forwards and backwards, and a hard week does not undo the progress made.',
  'guide.helping.title': 'Helping without taking over',
  'guide.helping.body':
    'Ask what would help rather than guessing. Offer, and accept a no. Notice what they do well and say so. Let them make their own decisions, including ones you would make differently. In Waymark they choose what you see, and you can encourage them without changing their record.',
  'guide.yourself.title': 'Looking after yourself',
  'guide.yourself.body':
    'Supporting someone can be tiring. Keep doing things that matter to you, keep in touch with your own friends, and rest. It is fine to set limits. Use your own space here to write what you need and your plan for looking after yourself. Carers’ organisations and your GP can help you too.',
  'guide.crisis.title': 'What to do in a crisis',
  'guide.crisis.body':
    'If someone’s life is in danger now, call 999. For urgent help that is not an emergency, call NHS 111. If the person has shared their crisis plan with you, follow what they asked for in it. Stay with them if it is safe to, and look after your own safety too.',
  'guide.back': 'Back to my space',
} as const;
