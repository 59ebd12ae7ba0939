export default {
  'conflict.title': 'This changed somewhere else',
  'conflict.body':
    'Someone (maybe you, in another tab or device) saved a newer version while you were editing. Nothing has been overwritten. Compare the two and choose what to keep.',
  'conflict.yours': 'Your version (not saved)',
  'conflict.saved': 'The saved version (changed {when})',
  'conflict.keepMine': 'Save my version instead',
  'conflict.keepSaved': 'Use the saved version',
  'conflict.savedNoDate': 'The saved version',
  'conflict.empty': 'Nothing written',
  'conflict.usingSaved': 'You are now looking at the saved version.',
} as const;
