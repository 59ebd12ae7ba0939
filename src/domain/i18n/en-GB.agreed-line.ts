// en-GB words of who wrote a version of a plan and who agreed it (decision 0029): their own
// tiny file, so the crisis plan page (kept for offline use, with a tight first load) can show
// and print the line without the rest of the suggestion words.
export const enGBAgreedLine = {
  'history.byName': 'Written by {author}',
  'agreed.line': 'Written by {author}, agreed by {agreedBy} on {when}',
} as const;
