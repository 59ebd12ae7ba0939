import type { Words } from '../../../translate.ts';

export default {
  'error.WM_REVIEW_ACTION_DECIDED': 'Roedd y cam hwn wedi’i benderfynu eisoes. Ni newidiwyd dim.',
} satisfies Words;
