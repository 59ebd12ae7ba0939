import type { Words } from '../../../translate.ts';

export default {
  'invitations.takePart': 'তাঁরা আপনার সঙ্গে আপনার পর্যালোচনাতেও কাজ করতে পারেন',
} satisfies Words;
