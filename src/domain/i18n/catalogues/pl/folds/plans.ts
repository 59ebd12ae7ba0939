import type { Words } from '../../../translate.ts';

export default {
  'plans.crisis.part.people': 'Zaangażowane osoby',
} satisfies Words;
