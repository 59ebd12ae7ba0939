import type { Words } from '../../../translate.ts';

export default {
  'setUp.title': 'Sefydlu eich cyfrif',
  'setUp.intro': 'Dewiswch gyfrinair. Byddwch chi’n mewngofnodi gydag ef a’ch cyfeiriad e-bost.',
  'setUp.submit': 'Sefydlu fy nghyfrif',
  'setUp.done': 'Mae eich cyfrif wedi’i sefydlu.',
  'setUp.gone.title': 'Dydy’r ddolen hon ddim yn gweithio',
  'setUp.gone.body':
    'Efallai ei bod wedi’i defnyddio, neu ei bod yn fwy na 7 diwrnod oed. Gofynnwch i bwy bynnag sy’n rhedeg Waymark am ddolen newydd.',
  'setUp.signIn': 'Wedi sefydlu yn barod? Mewngofnodwch',
} satisfies Words;
