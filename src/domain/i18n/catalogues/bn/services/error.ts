import type { Words } from '../../../translate.ts';

export default {
  'error.WM_SET_UP_LINK_INVALID':
    'এই লিংকটি কাজ করছে না। হয়তো এটি আগেই ব্যবহার করা হয়েছে, বা এটি খুব পুরনো। যাঁরা Waymark চালান তাঁদের কাছে নতুন একটি চান।',
  'error.WM_TEAM_NAME_TAKEN': 'এই নামে আপনার একটি দল আগে থেকেই আছে। অন্য একটি নাম বেছে নিন।',
  'error.WM_STAFF_EMAIL_IN_USE':
    'এই ইমেল ঠিকানাটি অন্য একটি Waymark অ্যাকাউন্ট ব্যবহার করছে, তাই এখানে এটি ব্যবহার করা যাবে না। তাঁদের কাছে অন্য একটি ঠিকানা চান।',
} satisfies Words;
