export default {
  'drafts.restored':
    'You have changes here that you have not saved yet, from {when}. They are kept in this tab until you save them, throw them away or sign out.',
  'drafts.restoredInMemory':
    'You have words here that you have not saved yet. They are kept only until you sign out, reload or close this tab.',
  'drafts.discard': 'Throw away these changes',
  'drafts.discarded': 'Your changes were thrown away. You are looking at what is saved.',
  'drafts.leave.title': 'You have not saved your changes',
  'drafts.leave.kept':
    'If you leave this page, your changes are kept in this tab until you sign out or close it. You can come back and save them.',
  'drafts.leave.keptInMemory':
    'If you leave this page, your words are kept only until you sign out, reload or close this tab. They are not saved on this device.',
  'drafts.leave.signOut': 'If you sign out now, the changes you have not saved will be lost.',
  'drafts.leave.stay': 'Stay on this page',
  'drafts.leave.go': 'Leave for now',
  'drafts.leave.signOutAnyway': 'Sign out anyway',
} as const;
