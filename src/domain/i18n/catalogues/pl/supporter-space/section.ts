import type { Words } from '../../../translate.ts';

export default {
  'section.supporter_space': 'własna przestrzeń',
} satisfies Words;
