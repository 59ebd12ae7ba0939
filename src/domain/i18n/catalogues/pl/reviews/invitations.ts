import type { Words } from '../../../translate.ts';

export default {
  'invitations.takePart': 'Mogą też pracować z Tobą nad przeglądami',
} satisfies Words;
