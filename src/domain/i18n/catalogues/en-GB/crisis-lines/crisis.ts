export default {
  'crisis.title': 'If you need help now',
  'crisis.danger': 'If you are in danger now, call {number} or go to A&E.',
  'crisis.call': 'Call {name} on {number}',
  'crisis.text': 'Text {word} to {number}',
  'crisis.nhs111.name': 'NHS 111',
  'crisis.nhs111.detail': 'In England, choose the mental health option.',
  'crisis.samaritans.name': 'Samaritans',
  'crisis.samaritans.detail': 'Free, day or night.',
  'crisis.shout.name': 'Shout',
  'crisis.shout.detail': 'Shout is a free text service, day or night.',
} as const;
