import type { Words } from '../../../translate.ts';

export default {
  'service.title': 'Eich gwasanaeth',
  'service.youRun': 'Chi sy’n rhedeg {name} yn Waymark.',
  'service.noRecords': 'Fel gweinyddwr gwasanaeth, does dim modd i chi weld cofnod neb.',
  'service.next': 'Cyn bo hir byddwch chi’n ychwanegu eich tîm yma.',
  'service.missing':
    'Doedd dim modd dod o hyd i’ch gwasanaeth. Gofynnwch i bwy bynnag sy’n rhedeg Waymark.',
} satisfies Words;
