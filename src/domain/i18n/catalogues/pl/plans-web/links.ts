import type { Words } from '../../../translate.ts';

export default {
  'links.title': 'Linki awaryjne do mojego planu kryzysowego',
} satisfies Words;
