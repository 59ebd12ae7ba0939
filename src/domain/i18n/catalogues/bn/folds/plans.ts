import type { Words } from '../../../translate.ts';

export default {
  'plans.crisis.part.people': 'যে মানুষেরা জড়িত',
} satisfies Words;
