import type { Words } from '../../../translate.ts';

export default {
  'plans.crisis.part.people': 'Y bobl sy’n cael eu cynnwys',
} satisfies Words;
