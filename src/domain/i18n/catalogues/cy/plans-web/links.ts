import type { Words } from '../../../translate.ts';

export default {
  'links.title': 'Dolenni argyfwng i fy nghynllun argyfwng',
} satisfies Words;
