import type { Words } from '../../../translate.ts';

export default {
  'error.WM_REPORT_PERIOD_TOO_LONG':
    'Gall adroddiad gwmpasu hyd at {max} mis. Dewiswch gyfnod byrrach.',
} satisfies Words;
