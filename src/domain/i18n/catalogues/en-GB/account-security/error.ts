export default {
  'error.WM_AUTH_WRONG_PASSWORD': 'This is not your current password. Check it and try again.',
} as const;
