// en-GB words of the foldable parts of long plan forms (Fold.tsx), loaded with those forms only
// (folds.messages.ts).
export const enGBFolds = {
  'fold.filled': 'Filled in',
  'fold.empty': 'Not filled in yet',
  'fold.openAll': 'Open all parts',
  'fold.closeAll': 'Close all parts',
  'plans.crisis.part.people': 'The people involved',
} as const;
