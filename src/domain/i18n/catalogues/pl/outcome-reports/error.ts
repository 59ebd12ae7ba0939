import type { Words } from '../../../translate.ts';

export default {
  'error.WM_REPORT_PERIOD_BACKWARDS':
    'Ostatni miesiąc jest przed pierwszym. Wybierz ostatni miesiąc taki sam jak pierwszy albo późniejszy.',
  'error.WM_REPORT_PERIOD_TOO_LONG':
    'Raport może obejmować najwyżej {max} miesięcy. Wybierz krótszy okres.',
  'error.WM_REPORT_PERSON_LEVEL':
    'Raport pokazuje tylko sumy dla grup osób. Nigdy nie pokazuje jednej osoby osobno.',
  'error.WM_REPORT_GROUP_TOO_SMALL':
    'Liczymy tu mniej niż {min} osób. Aby chronić ich prywatność, nie pokazujemy tak małego raportu. Wybierz dłuższy okres albo większą grupę.',
} satisfies Words;
