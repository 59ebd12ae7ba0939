export default {
  'error.WM_REVIEW_ACTION_DECIDED': 'This action was already decided. Nothing was changed.',
} as const;
