import type { Words } from '../../../translate.ts';

export default {
  'error.WM_REPORT_PERIOD_TOO_LONG':
    'Raport może obejmować najwyżej {max} miesięcy. Wybierz krótszy okres.',
} satisfies Words;
