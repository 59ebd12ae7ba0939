// Saving over the version a form started from, merging when someone saved in between (decision
// 0023). The tab knows the version it started from; the 412 answer carries the version saved
// now. The three-way merge (domain/record/merge.ts, loaded only when needed) keeps every change
// made on one side; when nothing overlaps, the merged words are saved over the newer version at
// once. A value both sides changed differently is never settled here: it comes back as a
// conflict for the person to choose.
import { isConflict, type Saved, savedVersionOf } from './conflict.ts';

export type Conflicted<T> = {
  /** What is saved now. */
  saved: Saved<T>;
  /** This tab's words where both changed, and everything merged elsewhere ("keep mine"). */
  yours: T;
  /** The saved words where both changed, and everything merged elsewhere ("use saved"). */
  theirs: T;
};

export type SaveOutcome<T> =
  | { saved: Saved<T>; merged: boolean; conflict?: undefined }
  | { conflict: Conflicted<T> };

type Options<T> = {
  /** The version the words were written on. */
  base: Saved<T>;
  mine: T;
  save: (data: T, version: number) => Promise<Saved<T>>;
  /** Reads what is saved now, when the 412 did not carry it. */
  load: () => Promise<Saved<T>>;
  /** What is saved now, from a 412 (for answers not shaped `{ version, data }`). */
  current?: (error: unknown) => Saved<T> | null;
};

/** Merging twice in a row is plenty: a third conflict in a row is shown to the person. */
const MERGES = 2;

export async function saveMerging<T>(options: Options<T>): Promise<SaveOutcome<T>> {
  const readCurrent = options.current ?? savedVersionOf<T>;
  let { base, mine } = options;
  for (let merges = 0; ; merges++) {
    try {
      return { saved: await options.save(mine, base.version), merged: merges > 0 };
    } catch (error) {
      if (!isConflict(error)) throw error;
      const saved = readCurrent(error) ?? (await options.load());
      const { mergeThreeWay, sameValue } = await import('../../domain/record/merge.ts');
      const merged = mergeThreeWay(base.data, mine, saved.data);
      if (merged.conflicts.length > 0 || saved.deletedAt || merges >= MERGES) {
        const yours = mergeThreeWay(base.data, mine, saved.data, 'mine').merged;
        return { conflict: { saved, yours, theirs: merged.merged } };
      }
      // Nothing of this tab's is left to add: what is saved already says it all.
      if (sameValue(merged.merged, saved.data)) return { saved, merged: true };
      base = saved;
      mine = merged.merged;
    }
  }
}
