import type { Words } from '../../../translate.ts';

export default {
  'error.WM_SUGGESTION_DECIDED':
    'Ta propozycja już nie czeka: została przyjęta, odrzucona albo wycofana. Nic nie zmieniono.',
  'error.WM_SUGGESTION_ITEM_GONE':
    'To, czego dotyczy ta propozycja, zostało usunięte, więc nie można tego zmienić. Nic nie zmieniono.',
  'error.WM_SUGGESTION_TOO_MANY':
    '{max, plural, one {Na decyzję tej osoby czeka już # propozycja.} few {Na decyzję tej osoby czekają już # propozycje.} many {Na decyzję tej osoby czeka już # propozycji.} other {Na decyzję tej osoby czeka już # propozycji.}} Lepiej poczekać, aż przejrzy część z nich.',
} satisfies Words;
