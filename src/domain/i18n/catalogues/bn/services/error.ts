import type { Words } from '../../../translate.ts';

export default {
  'error.WM_SET_UP_LINK_INVALID':
    'এই লিংকটি কাজ করছে না। হয়তো এটি আগেই ব্যবহার করা হয়েছে, বা এটি খুব পুরনো। যাঁরা Waymark চালান তাঁদের কাছে নতুন একটি চান।',
} satisfies Words;
