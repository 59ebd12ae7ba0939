import type { Words } from '../../../translate.ts';

export default {
  'language.label': 'Iaith',
  'language.notSaved':
    'Mae Waymark yn dangos yr iaith hon yma nawr, ond nid oedd modd ei chadw yn eich cyfrif. Rhowch gynnig arall arni nes ymlaen.',
} satisfies Words;
