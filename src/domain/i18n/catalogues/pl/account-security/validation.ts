import type { Words } from '../../../translate.ts';

export default {
  'validation.samePassword': 'Proszę wybrać nowe hasło, inne niż obecne.',
} satisfies Words;
