export default {
  'error.WM_ACCOUNT_CLOSE_STAFF':
    'A staff account cannot be closed here. Ask your service admin to turn it off.',
} as const;
