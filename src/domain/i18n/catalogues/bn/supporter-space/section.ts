import type { Words } from '../../../translate.ts';

export default {
  'section.supporter_space': 'আপনার নিজের জায়গা',
} satisfies Words;
