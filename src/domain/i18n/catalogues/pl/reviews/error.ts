import type { Words } from '../../../translate.ts';

export default {
  'error.WM_REVIEW_ACTION_DECIDED': 'To działanie było już zdecydowane. Nic nie zmieniono.',
} satisfies Words;
