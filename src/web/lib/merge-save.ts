// After a save met a newer version (412), loaded only then (decision 0023), with what it needs
// from the rest of the app handed in, so this chunk holds only the merging. The tab knows the
// version it started from; the 412 answer carries the version saved now. The three-way merge
// (domain/record/merge.ts) keeps every change made on one side; when nothing overlaps, the merged
// words are saved over the newer version at once. A value both sides changed differently is
// never settled here: it comes back as a conflict for the person to choose.
import '../../domain/i18n/drafts.messages.ts';
import { mergeThreeWay, sameValue } from '../../domain/record/merge.ts';
import type { Saved } from './conflict.ts';
import type { SaveOptions, SaveOutcome } from './editor.ts';

/** How to read a failed save; handed in by lib/editor.ts. */
type Reading = {
  isConflict: (error: unknown) => boolean;
  savedVersionOf: <T>(error: unknown) => Saved<T> | null;
};

/** Merging twice in a row is plenty: a third conflict in a row is shown to the person. */
const MERGES = 2;

export async function mergeAfterConflict<T>(
  conflict: unknown,
  options: SaveOptions<T>,
  { isConflict, savedVersionOf }: Reading,
): Promise<SaveOutcome<T>> {
  const readCurrent = options.current ?? savedVersionOf<T>;
  let { base, mine } = options;
  let error = conflict;
  for (let merges = 1; ; merges++) {
    const saved: Saved<T> = readCurrent(error) ?? (await options.load());
    const merged = mergeThreeWay(base.data, mine, saved.data);
    if (merged.conflicts.length > 0 || saved.deletedAt || merges > MERGES) {
      const yours = mergeThreeWay(base.data, mine, saved.data, 'mine').merged;
      return { conflict: { saved, yours, theirs: merged.merged } };
    }
    // Nothing of this tab's is left to add: what is saved already says it all.
    if (sameValue(merged.merged, saved.data)) return { saved, merged: true };
    base = saved;
    mine = merged.merged;
    try {
      return { saved: await options.save(mine, base.version), merged: true };
    } catch (next) {
      if (!isConflict(next)) throw next;
      error = next;
    }
  }
}
