import type { Words } from '../../../translate.ts';

export default {
  'demo.banner': 'Cyfrifon enghreifftiol (pobl ddychmygol):',
} satisfies Words;
