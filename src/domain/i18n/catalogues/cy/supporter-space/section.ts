import type { Words } from '../../../translate.ts';

export default {
  'section.supporter_space': 'eich lle eich hun',
} satisfies Words;
