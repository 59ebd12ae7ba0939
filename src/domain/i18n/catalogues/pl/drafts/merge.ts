import type { Words } from '../../../translate.ts';

export default {
  'merge.saved':
    'W czasie edycji ktoś inny zapisał tu zmiany. Zachowane są zarówno tamte zmiany, jak i moje. Zapisano o {time}.',
  'merge.usingSaved':
    'Teraz w tych miejscach widać zapisane słowa. Pozostałe moje zmiany są zachowane.',
} satisfies Words;
