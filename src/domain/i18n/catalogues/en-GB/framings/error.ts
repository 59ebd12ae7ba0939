export default {
  'error.WM_LIFE_AREAS_IN_USE':
    'Your life areas have already been changed or used, so they stay. You can still add areas to them.',
} as const;
