export default {
  'error.WM_REPORT_PERIOD_TOO_LONG':
    'A report can cover up to {max} months. Choose a shorter time.',
} as const;
