// en-GB messages for the person's Sharing page: people with access, changing and stopping
// access, pausing, the preview of what someone sees, single journal entries, and the notices
// the other person reads when told.
export const enGBGrants = {
  'nav.sharing': 'Sharing',
  'sharing.title': 'Sharing',
  'sharing.intro':
    'You choose who sees which parts of your record, and you can change or stop it at any time. Changes apply straight away.',
  'sharing.invitationsHeading': 'Invite someone',
  'sharing.peopleHeading': 'People with access',
  'sharing.nobody': 'Nobody has access to your record. It is yours alone.',
  'sharing.person': '{knownAs} ({role})',
  'sharing.accountName': 'Their account name: {name}',
  'sharing.sections': 'Can see: {sections}',
  'sharing.noSections': 'Can see nothing at the moment.',
  'sharing.endsAt': 'Until {date}',
  'sharing.ended': 'Access ended on {date}',
  'sharing.noEnd': 'No end date',
  'sharing.since': 'Since {date}',
  'sharing.change': 'Change what {name} sees',
  'sharing.stop': 'Stop sharing with {name}',
  'sharing.preview': 'See what {name} sees',
  'sharing.changeHeading': 'Change what {name} sees',
  'sharing.sectionLegend': 'Sections {name} can see',
  'sharing.level.none': 'Not shared',
  'sharing.level.view': 'Can see',
  'sharing.advanceChoice': 'Include my advance choice document with the crisis plan',
  'sharing.endsAtLabel': 'End date (optional)',
  'sharing.endsAtHint': 'Leave empty for no end date.',
  'sharing.tellThem': 'Tell them about this change?',
  'sharing.tellThemStop': 'Tell them you stopped sharing?',
  'sharing.yes': 'Yes',
  'sharing.no': 'No',
  'sharing.save': 'Save changes',
  'sharing.cancel': 'Cancel',
  'sharing.changed': 'Saved. {name} sees the change straight away.',
  'sharing.stopQuestion':
    'Stop sharing with {name}? They lose access straight away. Only a new invitation from you brings it back.',
  'sharing.stopConfirm': 'Yes, stop sharing',
  'sharing.stopped': 'You stopped sharing with {name}.',
  'sharing.pausedNotice':
    'Sharing is paused. Nobody you share with can see anything until you resume.',
  'sharing.pausedLinksToo': 'Your emergency links are paused too.',
  'sharing.pause': 'Pause all sharing',
  'sharing.pauseQuestion': 'Pause emergency links too?',
  'sharing.pauseConfirm': 'Pause sharing',
  'sharing.resume': 'Resume sharing',
  'sharing.endsAtPast': 'Choose an end date in the future.',

  'sharing.withheld.for_me_only': 'Anything you marked “for me only” is never shown to {name}.',
  'sharing.withheld.journal':
    'Your journal stays private: {name} sees only the entries you shared with them one by one.',
  'sharing.withheld.advance_choice_document':
    'Your advance choice document is not shown with the crisis plan.',

  'preview.title': 'What {name} sees',
  'preview.banner': 'This is what {name} sees. It is read-only.',
  'preview.nothing': '{name} sees nothing of your record at the moment.',
  'preview.paused': 'Sharing is paused, so {name} sees nothing until you resume.',
  'preview.sections': '{name} can see: {sections}',
  'preview.entries': '{count} journal entries you shared with them',
  'preview.withheldHeading': 'Always left out',
  'preview.back': 'Back to Sharing',

  'journalShare.heading': 'Share this entry',
  'journalShare.intro':
    'Your journal is private. You can share this one entry with someone who has access.',
  'journalShare.nobody': 'Nobody has access to your record yet.',
  'journalShare.share': 'Share with {name}',
  'journalShare.unshare': 'Stop sharing with {name}',
  'journalShare.sharedWith': 'Shared with {name}',

  'supporting.noticesHeading': 'Changes',
  'supporting.notice.stopped': '{name} stopped sharing with you on {date}.',
  'supporting.notice.changed': '{name} changed what they share with you ({date}).',
} as const;
