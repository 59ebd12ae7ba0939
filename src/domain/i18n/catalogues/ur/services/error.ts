import type { Words } from '../../../translate.ts';

export default {
  'error.WM_SET_UP_LINK_INVALID':
    'یہ لنک کام نہیں کرتا۔ ہو سکتا ہے یہ استعمال ہو چکا ہو، یا بہت پرانا ہو۔ Waymark چلانے والوں سے نیا لنک مانگیں۔',
} satisfies Words;
