import type { Words } from '../../../translate.ts';

export default {
  'error.WM_LIFE_AREAS_IN_USE':
    'Obszary życia zostały już zmienione albo są w użyciu, więc zostają. Nadal można dodać do nich nowe obszary.',
} satisfies Words;
