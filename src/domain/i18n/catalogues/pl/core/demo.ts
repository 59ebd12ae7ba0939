import type { Words } from '../../../translate.ts';

export default {
  'demo.banner': 'Konta pokazowe (osoby zmyślone):',
} satisfies Words;
