import type { Words } from '../../../translate.ts';

export default {
  'quickExit.button': 'یہ صفحہ فوراً چھوڑیں',
  'quickExit.shiftHint': 'یا Shift کو 3 بار دبائیں',
  'quickExit.oneMorePress': 'یہ صفحہ چھوڑنے کے لیے Shift کو 1 بار اور دبائیں',
} satisfies Words;
