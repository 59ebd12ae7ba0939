import type { Words } from '../../../translate.ts';

export default {
  'error.WM_SET_UP_LINK_INVALID':
    'Dydy’r ddolen hon ddim yn gweithio. Efallai ei bod wedi’i defnyddio, neu ei bod yn rhy hen. Gofynnwch i bwy bynnag sy’n rhedeg Waymark am un newydd.',
  'error.WM_TEAM_NAME_TAKEN': 'Mae gennych chi dîm gyda’r enw hwn yn barod. Dewiswch enw arall.',
  'error.WM_STAFF_EMAIL_IN_USE':
    'Mae cyfrif Waymark arall yn defnyddio’r cyfeiriad e-bost hwn, felly does dim modd ei ddefnyddio yma. Gofynnwch iddyn nhw am un arall.',
} satisfies Words;
