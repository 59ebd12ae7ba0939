import type { Words } from '../../../translate.ts';

export default {
  'invitations.takePart': 'Gallan nhw hefyd weithio ar eich adolygiadau gyda chi',
} satisfies Words;
