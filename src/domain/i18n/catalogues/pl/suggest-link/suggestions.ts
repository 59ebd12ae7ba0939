import type { Words } from '../../../translate.ts';

export default {
  'suggestions.homeLink': 'Przejrzyj propozycje',
  'suggestions.homeCount':
    '{count, plural, one {# propozycja czeka} few {# propozycje czekają} many {# propozycji czeka} other {# propozycji czeka}} na decyzję',
} satisfies Words;
