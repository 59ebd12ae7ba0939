import type { Words } from '../../../translate.ts';

export default {
  'quickExit.button': 'Gadael y dudalen hon',
  'quickExit.shiftHint': 'neu pwyswch Shift 3 gwaith',
  'quickExit.oneMorePress': 'Shift: pwyswch unwaith eto i adael y dudalen hon',
} satisfies Words;
