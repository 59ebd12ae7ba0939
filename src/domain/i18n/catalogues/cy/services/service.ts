import type { Words } from '../../../translate.ts';

export default {
  'service.title': 'Eich gwasanaeth',
  'service.youRun': 'Chi sy’n rhedeg {name} yn Waymark.',
  'service.noRecords': 'Fel gweinyddwr gwasanaeth, does dim modd i chi weld cofnod neb.',
  'service.next': 'Ychwanegwch eich timau, yna gwahoddwch eich staff iddyn nhw.',
  'service.missing':
    'Doedd dim modd dod o hyd i’ch gwasanaeth. Gofynnwch i bwy bynnag sy’n rhedeg Waymark.',
  'service.teams': 'Timau',
  'service.staff': 'Staff',
  'service.back': 'Yn ôl i’ch gwasanaeth',
  'service.measures': 'Mesurau',
  'service.myCare': 'Eitemau fy ngofal',
} satisfies Words;
