export default {
  'record.save': 'Save',
  'record.saving': 'Saving…',
  'record.savedAt': 'Saved at {time}',
  'record.history': 'See earlier versions',
  'record.cancel': 'Cancel',
  'record.undo': 'Undo',
  'record.deletedWhen': '(deleted {when})',
  'record.deletedLoadFailed':
    'Sorry, we could not load what you deleted recently. Check your connection and try again.',
} as const;
