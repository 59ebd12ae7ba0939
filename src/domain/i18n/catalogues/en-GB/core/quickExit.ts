export default {
  'quickExit.button': 'Exit this page',
  'quickExit.shiftHint': 'or press Shift 3 times',
  'quickExit.oneMorePress': 'Shift, press 1 more time to exit this page',
} as const;
