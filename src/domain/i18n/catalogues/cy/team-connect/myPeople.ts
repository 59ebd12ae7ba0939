import type { Words } from '../../../translate.ts';

export default {
  'myPeople.title': 'Fy mhobl',
  'myPeople.intro':
    'Pobl sydd wedi ymuno â’ch timau. Dim ond beth mae pob person wedi dewis ei rannu rydych chi’n ei weld.',
  'myPeople.teams': 'Eich timau',
  'myPeople.code': 'Cod i ymuno â {team}: {code}',
  'myPeople.noCode': 'Does gan {team} ddim cod eto. Gofynnwch i weinyddwr eich gwasanaeth am un.',
  'myPeople.noTeams': 'Dydych chi ddim mewn tîm eto.',
  'myPeople.none': 'Does neb wedi ymuno â’ch timau eto.',
  'myPeople.open': 'Agor cofnod {name}',
  'myPeople.team': 'Tîm: {team}',
  'myPeople.shared': 'Wedi’i rannu: {sections}',
  'myPeople.nothing': 'Dim byd wedi’i rannu ar hyn o bryd.',
  'myPeople.link': 'Pobl sydd wedi ymuno â’ch timau',
} satisfies Words;
