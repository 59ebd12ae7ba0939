import type { Words } from '../../../translate.ts';

export default {
  'error.WM_SET_UP_LINK_INVALID':
    'Ten link nie działa. Mógł zostać już użyty albo jest za stary. Proszę poprosić osoby, które prowadzą Waymark, o nowy.',
} satisfies Words;
