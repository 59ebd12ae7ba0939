import type { Words } from '../../../translate.ts';

export default {
  'emergency.title': 'Cynllun argyfwng {name}',
  'emergency.intro':
    'Mae {name} wedi rhannu eu cynllun argyfwng gyda chi drwy ddolen argyfwng. Mae’n dweud wrthych chi beth maen nhw eisiau iddo ddigwydd os ydyn nhw mewn argyfwng.',
  'emergency.updated': 'Diweddarwyd ddiwethaf: {when}.',
  'emergency.notWritten': 'Does dim byd wedi’i ysgrifennu yn y cynllun hwn eto.',
  'emergency.until': 'Mae’r ddolen hon yn gweithio tan {when}.',
  'emergency.gone.title': 'Mae’r ddolen hon wedi dod i ben neu wedi’i diffodd',
  'emergency.gone.body':
    'Gall y person a’i rhannodd wneud un newydd os oes ei hangen arnoch chi o hyd.',
  'emergency.failed.title': 'Doedd dim modd llwytho’r cynllun argyfwng hwn',
} satisfies Words;
