import type { Words } from '../../../translate.ts';

export default {
  'quickExit.button': 'এই পেজ থেকে বেরিয়ে যান',
  'quickExit.shiftHint': 'অথবা Shift বোতাম 3 বার চাপুন',
  'quickExit.oneMorePress': 'Shift, এই পেজ থেকে বেরোতে আর 1 বার চাপুন',
} satisfies Words;
