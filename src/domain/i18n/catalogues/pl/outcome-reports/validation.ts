import type { Words } from '../../../translate.ts';

export default {
  'validation.required.reportMonth': 'Wybierz miesiąc',
  'validation.reportMonth': 'Wybierz miesiąc i rok, od 2000 do 2099',
} satisfies Words;
