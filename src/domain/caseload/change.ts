// Direction of change for a person's measures and life-area ratings, and reliable change where a
// measure defines it (issue 14, decision 0044). Pure, no I/O: the caseload builds on these.
import { scoreChange } from '../measures/score-change.ts';
import type { KnownMeasure } from './known-measures.ts';

export type Direction = 'better' | 'worse' | 'about_the_same';
/** A reliable change, in the person's favour or not. */
export type ReliableChange = 'improvement' | 'deterioration';

export type MeasureChange = {
  latest: number;
  /** The score before the latest; null when there is only one. */
  previous: number | null;
  /** latest − previous, to a precision no score has; null with one score. */
  change: number | null;
  /**
   * Which way the person moved. Null with one score, or when the measure is not known (Waymark
   * does not guess which way is better on it).
   */
  direction: Direction | null;
  /** Set only for a measure that defines reliable change, when the change reaches it. */
  reliableChange: ReliableChange | null;
  /** Whether the measure defines reliable change at all (so "no mark" can be told apart). */
  reliableChangeDefined: boolean;
};

/** One score, with when it was taken (ISO date or date-time). */
export type Score = { at: string; value: number };

const byTime = <T extends { at: string }>(items: readonly T[]) =>
  [...items].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));

/** Better, worse or about the same, from a signed change and which way is better. */
export function directionOf(change: number, better: 'lower' | 'higher'): Direction {
  if (change === 0) return 'about_the_same';
  const up = change > 0;
  return up === (better === 'higher') ? 'better' : 'worse';
}

/**
 * The latest score against the one before it. `measure` is the known measure (knownMeasure) or
 * undefined; only a known measure with a reliable-change threshold ever gets a mark.
 */
export function measureChange(
  scores: readonly Score[],
  measure: KnownMeasure | undefined,
): MeasureChange | null {
  const ordered = byTime(scores);
  const latest = ordered.at(-1);
  if (!latest) return null;
  const before = ordered.at(-2);
  const threshold = measure?.reliableChange?.points;
  const defined = threshold !== undefined;
  if (!before) {
    return {
      latest: latest.value,
      previous: null,
      change: null,
      direction: null,
      reliableChange: null,
      reliableChangeDefined: defined,
    };
  }
  // scoreChange rounds the difference; with no threshold, nothing can be reliable.
  const judged = scoreChange(before.value, latest.value, threshold ?? Number.POSITIVE_INFINITY);
  const direction = measure ? directionOf(judged.change, measure.better) : null;
  let reliableChange: ReliableChange | null = null;
  if (defined && judged.reliable && direction !== 'about_the_same' && direction !== null) {
    reliableChange = direction === 'better' ? 'improvement' : 'deterioration';
  }
  return {
    latest: latest.value,
    previous: before.value,
    change: judged.change,
    direction,
    reliableChange,
    reliableChangeDefined: defined,
  };
}

/** One set of life-area ratings (1 to 7, higher is better), as the check-ins keep them. */
export type RatingSet = { date: string; ratings: readonly { lifeAreaId: string; score: number }[] };

export type LifeAreaChange = {
  /** The two sets compared (dates), or null when there are fewer than two. */
  from: string | null;
  to: string | null;
  /** Per life area rated in both sets. */
  areas: { lifeAreaId: string; from: number; to: number; direction: Direction }[];
  /**
   * Overall: better when more areas went up than down, worse when more went down than up,
   * otherwise about the same. Null when there is nothing to compare.
   */
  direction: Direction | null;
};

/**
 * Direction of change in life-area ratings. With `since` (a date), the first set on or after it
 * against the latest (a window); without it, the last two sets.
 */
export function lifeAreaChange(sets: readonly RatingSet[], since?: string): LifeAreaChange {
  const ordered = [...sets].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const latest = ordered.at(-1);
  const inWindow = since === undefined ? [] : ordered.filter((set) => set.date >= since);
  const first = since === undefined ? ordered.at(-2) : inWindow[0];
  if (!latest || !first || first === latest) {
    return { from: null, to: null, areas: [], direction: null };
  }
  const before = new Map(first.ratings.map((rating) => [rating.lifeAreaId, rating.score]));
  const areas = latest.ratings.flatMap((rating) => {
    const from = before.get(rating.lifeAreaId);
    if (from === undefined) return [];
    const direction = directionOf(rating.score - from, 'higher');
    return [{ lifeAreaId: rating.lifeAreaId, from, to: rating.score, direction }];
  });
  const up = areas.filter((area) => area.direction === 'better').length;
  const down = areas.filter((area) => area.direction === 'worse').length;
  const direction: Direction | null =
    areas.length === 0 ? null : up > down ? 'better' : down > up ? 'worse' : 'about_the_same';
  return { from: first.date, to: latest.date, areas, direction };
}
