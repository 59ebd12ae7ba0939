import type { Words } from '../../../translate.ts';

export default {
  'validation.required.serviceName': 'Rhowch enw’r gwasanaeth',
  'validation.required.teamName': 'Rhowch enw i’r tîm',
  'validation.required.staffName': 'Rhowch eu henw llawn',
  'validation.required.team': 'Dewiswch dîm',
  'validation.required.myCareLabel': 'Rhowch y geiriau ar gyfer yr eitem hon',
} satisfies Words;
