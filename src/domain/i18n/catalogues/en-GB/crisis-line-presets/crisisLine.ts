// Each crisis line's name, as said in "Call {name} on {number}", and a short detail
// (domain/crisis/crisis-line-presets.ts). The numbers are not here: they are never translated.
export default {
  'crisisLine.nhs111.name': 'NHS 111',
  'crisisLine.nhs111.detail': 'In England, choose the mental health option.',
  'crisisLine.nhs111Wales.name': 'NHS 111 Wales',
  'crisisLine.nhs111Wales.detail': 'Press 2 for help with your mental health, day or night.',
  'crisisLine.callHelpline.name': 'the CALL helpline',
  'crisisLine.callHelpline.detail':
    'A free mental health helpline for anyone in Wales, day or night.',
  'crisisLine.nhs24.name': 'NHS 24',
  'crisisLine.nhs24.detail': 'In Scotland, for urgent help with your mental health, day or night.',
  'crisisLine.breathingSpace.name': 'Breathing Space',
  'crisisLine.breathingSpace.detail':
    'Free, for anyone in Scotland. Open 6pm to 2am Monday to Thursday, and from 6pm Friday to 6am Monday.',
  'crisisLine.lifeline.name': 'Lifeline',
  'crisisLine.lifeline.detail': 'Free, for anyone in Northern Ireland, day or night.',
  'crisisLine.samaritans.name': 'Samaritans',
  'crisisLine.samaritans.detail': 'Free, day or night.',
  'crisisLine.shout.name': 'Shout',
  'crisisLine.shout.detail': 'Shout is a free text service, day or night.',
} as const;
