export default {
  'error.WM_REPORT_PERIOD_BACKWARDS':
    'The last month is before the first month. Choose a last month that is the same as the first or after it.',
  'error.WM_REPORT_PERIOD_TOO_LONG':
    'A report can cover up to {max} months. Choose a shorter time.',
  'error.WM_REPORT_PERSON_LEVEL':
    'A report only shows totals for groups of people. It never shows one person on their own.',
  'error.WM_REPORT_GROUP_TOO_SMALL':
    'Fewer than {min} people are counted here. To keep them private, we do not show a report this small. Choose a longer time or a bigger group.',
} as const;
