export default {
  'journalShare.heading': 'Share this entry',
  'journalShare.intro':
    'Your journal is private. You can share this one entry with someone who has access.',
  'journalShare.nobody': 'Nobody has access to your record yet.',
  'journalShare.share': 'Share with {name}',
  'journalShare.unshare': 'Stop sharing with {name}',
  'journalShare.sharedWith': 'Shared with {name}',
} as const;
