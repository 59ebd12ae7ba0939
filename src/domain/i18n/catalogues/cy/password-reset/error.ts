import type { Words } from '../../../translate.ts';

export default {
  'error.WM_RESET_LINK_INVALID':
    'Dydy’r ddolen hon ddim yn gweithio. Efallai ei bod wedi’i defnyddio’n barod, neu ei bod yn fwy nag awr oed. Gofynnwch am un newydd.',
} satisfies Words;
