export default {
  'error.WM_RESET_LINK_INVALID':
    'This link does not work. It may have been used already, or it may be more than an hour old. Ask for a new one.',
} as const;
