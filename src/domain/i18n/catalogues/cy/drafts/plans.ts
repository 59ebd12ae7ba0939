import type { Words } from '../../../translate.ts';

export default {
  'plans.picker.addAnother': 'Rhywun ar goll? Ychwanegwch nhw at eich rhwydwaith cymorth',
} satisfies Words;
