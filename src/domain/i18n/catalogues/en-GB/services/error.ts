export default {
  'error.WM_SET_UP_LINK_INVALID':
    'This link does not work. It may have been used, or it may be too old. Ask whoever runs Waymark for a new one.',
} as const;
