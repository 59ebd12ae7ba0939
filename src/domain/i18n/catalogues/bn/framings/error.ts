import type { Words } from '../../../translate.ts';

export default {
  'error.WM_LIFE_AREAS_IN_USE':
    'আপনার জীবনের দিকগুলো আগেই বদলানো বা ব্যবহার করা হয়েছে, তাই সেগুলো যেমন আছে তেমনই থাকবে। আপনি এখনও এগুলোর সঙ্গে নতুন দিক যোগ করতে পারেন।',
} satisfies Words;
