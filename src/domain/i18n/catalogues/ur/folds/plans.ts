import type { Words } from '../../../translate.ts';

export default {
  'plans.crisis.part.people': 'اس میں شامل لوگ',
} satisfies Words;
