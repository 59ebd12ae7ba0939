import type { Words } from '../../../translate.ts';

export default {
  'language.label': 'Język',
  'language.notSaved':
    'Waymark pokazuje teraz ten język tutaj, ale nie udało się go zapisać na koncie. Proszę spróbować ponownie później.',
} satisfies Words;
