import type { Words } from '../../../translate.ts';

export default {
  'network.backToCrisisPlan': 'Yn ôl i fy nghynllun argyfwng',
  'network.backToSafetyPlan': 'Yn ôl i fy nghynllun diogelwch',
  'network.backToMovingOnPlan': 'Yn ôl i fy nghynllun symud ymlaen',
  'network.addedForPlan':
    'Mae “{name}” wedi’i ychwanegu at eich rhwydwaith cymorth. Gallwch chi eu dewis yma nawr.',
} satisfies Words;
