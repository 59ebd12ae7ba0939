import type { Words } from '../../../translate.ts';

export default {
  'error.WM_REPORT_PERIOD_TOO_LONG':
    'ایک رپورٹ زیادہ سے زیادہ {max} مہینوں کی ہو سکتی ہے۔ کم وقت چنیں۔',
} satisfies Words;
