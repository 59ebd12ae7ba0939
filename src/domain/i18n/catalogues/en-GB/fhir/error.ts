export default {
  'error.WM_IMPORT_INVALID': 'We could not bring in this record. {problem} Nothing was saved.',
  'error.WM_IMPORT_RECORD_NOT_EMPTY':
    'Your record here is not empty. We can bring a record only into an empty one, just after you sign up. Nothing was changed.',
} as const;
