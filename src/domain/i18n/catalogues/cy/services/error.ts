import type { Words } from '../../../translate.ts';

export default {
  'error.WM_SET_UP_LINK_INVALID':
    'Dydy’r ddolen hon ddim yn gweithio. Efallai ei bod wedi’i defnyddio, neu ei bod yn rhy hen. Gofynnwch i bwy bynnag sy’n rhedeg Waymark am un newydd.',
} satisfies Words;
