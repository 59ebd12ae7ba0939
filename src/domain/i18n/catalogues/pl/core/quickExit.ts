import type { Words } from '../../../translate.ts';

export default {
  'quickExit.button': 'Szybkie wyjście',
  'quickExit.shiftHint': 'albo 3 razy klawisz Shift',
  'quickExit.oneMorePress': 'Shift: jeszcze 1 naciśnięcie, żeby opuścić stronę',
} satisfies Words;
