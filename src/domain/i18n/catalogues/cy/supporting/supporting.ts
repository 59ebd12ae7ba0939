import type { Words } from '../../../translate.ts';

export default {
  'supporting.title': 'Pobl rydw i’n eu cefnogi',
  'supporting.intro': 'Pobl sydd wedi dewis rhannu rhannau o’u cofnod gyda chi.',
  'supporting.sections': 'Wedi’i rannu gyda chi: {sections}',
  'supporting.open': 'Agor cofnod {name}',
  'supporting.homeLine': 'Rydych chi hefyd yn cefnogi {names}.',
  'supporting.homeLink': 'Mynd i Pobl rydw i’n eu cefnogi',
  'supporting.empty': 'Does neb wedi rhannu eu cofnod gyda chi eto.',
  'supporting.howItWorks':
    'Dewis y person yw rhannu bob amser. Maen nhw’n eich gwahodd o’u Waymark gyda dolen neu god byr, ac yn dewis pa rannau rydych chi’n gallu eu gweld. Pan fyddwch chi’n derbyn, byddan nhw’n ymddangos yma.',
} satisfies Words;
