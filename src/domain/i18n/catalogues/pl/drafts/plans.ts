import type { Words } from '../../../translate.ts';

export default {
  'plans.picker.addAnother': 'Kogoś brakuje? Dodaj tę osobę do mojej sieci wsparcia',
} satisfies Words;
