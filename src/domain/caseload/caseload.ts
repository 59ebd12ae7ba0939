// A practitioner's caseload (issue 14, decision 0044): one row per connected person, built only
// from what that person shared, and the sorts and filters of the caseload page. Pure, no I/O:
// the route gathers the inputs through the access model and passes them in.
import {
  type Direction,
  type LifeAreaChange,
  lifeAreaChange,
  type MeasureChange,
  measureChange,
  type RatingSet,
  type Score,
} from './change.ts';
import { knownMeasure, type MeasureRef } from './known-measures.ts';

/** One measure's scores for one person (oldest or newest first: they are put in time order). */
export type MeasureSeries = MeasureRef & { measureId: string; title: string; scores: Score[] };

/** What the route knows of one connected person, already limited to what they shared. */
export type CaseloadInput = {
  personId: string;
  name: string;
  teamId: string;
  /** Latest check-in (ISO date or date-time); null when none, or check-ins are not shared. */
  lastCheckIn: string | null;
  /** Empty when measures are not shared. */
  measures: readonly MeasureSeries[];
  /** Empty when check-ins are not shared. */
  lifeAreaRatings: readonly RatingSet[];
  /**
   * The next review date (YYYY-MM-DD), when the person has a reviews section and shares it.
   * Undefined: reviews are not known here at all; null: no review date is set.
   */
  nextReviewDate?: string | null;
  /** Suggestions waiting for the person to decide on. */
  suggestionsWaiting: number;
};

export type MeasureRow = MeasureChange & { measureId: string; title: string };

export type CaseloadRow = {
  personId: string;
  name: string;
  teamId: string;
  lastCheckIn: string | null;
  measures: MeasureRow[];
  lifeAreas: LifeAreaChange;
  /** True when the next review date is today or earlier; null when no review date is known. */
  reviewDue: boolean | null;
  nextReviewDate: string | null;
  suggestionsWaiting: number;
};

/** The window for life areas: undefined compares the last two sets. */
export type RowOptions = { today: string; lifeAreasSince?: string };

export function caseloadRow(input: CaseloadInput, options: RowOptions): CaseloadRow {
  const measures = input.measures.flatMap((series) => {
    const change = measureChange(series.scores, knownMeasure(series));
    return change ? [{ ...change, measureId: series.measureId, title: series.title }] : [];
  });
  const nextReviewDate = input.nextReviewDate ?? null;
  return {
    personId: input.personId,
    name: input.name,
    teamId: input.teamId,
    lastCheckIn: input.lastCheckIn,
    measures,
    lifeAreas: lifeAreaChange(input.lifeAreaRatings, options.lifeAreasSince),
    // A date-time's first ten characters are its date, so dates compare as text.
    reviewDue: nextReviewDate === null ? null : nextReviewDate.slice(0, 10) <= options.today,
    nextReviewDate,
    suggestionsWaiting: input.suggestionsWaiting,
  };
}

export const hasReliableDeterioration = (row: CaseloadRow) =>
  row.measures.some((measure) => measure.reliableChange === 'deterioration');

/**
 * Needs attention: a reliable deterioration on a measure that defines one, life areas worse
 * overall, or a review due. Only what the person shared can put them here.
 */
export const needsAttention = (row: CaseloadRow) =>
  hasReliableDeterioration(row) || row.lifeAreas.direction === 'worse' || row.reviewDue === true;

export const CASELOAD_SORTS = ['name', 'lastCheckIn', 'deterioration', 'reviewDue'] as const;
export type CaseloadSort = (typeof CASELOAD_SORTS)[number];

/**
 * Names compared as `localeCompare(…, 'en-GB', { sensitivity: 'base' })` does, with one collator
 * made once: `localeCompare` with a locale sets one up on every call, which was a tenth of the
 * caseload's time with 200 people (docs/performance.md, "The caseload").
 */
const names = new Intl.Collator('en-GB', { sensitivity: 'base' });

const byName = (a: CaseloadRow, b: CaseloadRow) =>
  names.compare(a.name, b.name) || (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0);

/** Newest first; people with no check-in (or none shared) last. */
const byLastCheckIn = (a: CaseloadRow, b: CaseloadRow) => {
  if (a.lastCheckIn === b.lastCheckIn) return byName(a, b);
  if (a.lastCheckIn === null) return 1;
  if (b.lastCheckIn === null) return -1;
  return a.lastCheckIn < b.lastCheckIn ? 1 : -1;
};

/** Anyone with a reliable deterioration first, then by name. */
const byDeterioration = (a: CaseloadRow, b: CaseloadRow) =>
  Number(hasReliableDeterioration(b)) - Number(hasReliableDeterioration(a)) || byName(a, b);

/** Reviews due first (the longest overdue first), then reviews to come by date, then none. */
const byReviewDue = (a: CaseloadRow, b: CaseloadRow) => {
  const rank = (row: CaseloadRow) => (row.reviewDue ? 0 : row.nextReviewDate ? 1 : 2);
  const ranked = rank(a) - rank(b);
  if (ranked !== 0) return ranked;
  const ad = a.nextReviewDate ?? '';
  const bd = b.nextReviewDate ?? '';
  return ad < bd ? -1 : ad > bd ? 1 : byName(a, b);
};

const COMPARE: Record<CaseloadSort, (a: CaseloadRow, b: CaseloadRow) => number> = {
  name: byName,
  lastCheckIn: byLastCheckIn,
  deterioration: byDeterioration,
  reviewDue: byReviewDue,
};

/** A new list, in the order asked for; every order ends on name then id, so it is total. */
export function sortCaseload(rows: readonly CaseloadRow[], sort: CaseloadSort): CaseloadRow[] {
  return [...rows].sort(COMPARE[sort]);
}

export type CaseloadFilter = { teamId?: string; needsAttention?: boolean };

export function filterCaseload(
  rows: readonly CaseloadRow[],
  filter: CaseloadFilter,
): CaseloadRow[] {
  return rows.filter(
    (row) =>
      (filter.teamId === undefined || row.teamId === filter.teamId) &&
      (!filter.needsAttention || needsAttention(row)),
  );
}

export type { Direction };
