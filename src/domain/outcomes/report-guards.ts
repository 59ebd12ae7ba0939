// The refusals an outcome report request can meet before any figure is worked out (issue 16,
// "Bad input", decision 0052). Pure: the route or service calls them and sends the AppError's
// code and plain words; nothing about who is in the group shows.
import { AppError } from '../errors.ts';
import type { OutcomePeriod } from './report-input.ts';
import { type SuppressionPolicy, smallestGroup } from './suppression.ts';

/** The longest period a report covers: ten years of whole months. */
export const MAX_REPORT_MONTHS = 120;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Months from the first to the last, both counted (1 for one month), or null for a bad month. */
export function monthsInPeriod(period: OutcomePeriod): number | null {
  const from = monthNumber(period.fromMonth);
  const to = monthNumber(period.toMonth);
  return from === null || to === null ? null : to - from + 1;
}

function monthNumber(month: string): number | null {
  const match = MONTH.exec(month);
  return match ? Number(match[1]) * 12 + Number(match[2]) - 1 : null;
}

/** Refuses a period whose last month comes before its first (WM_REPORT_PERIOD_BACKWARDS, 400). */
export function assertPeriodForwards(period: OutcomePeriod): void {
  const months = monthsInPeriod(period);
  if (months !== null && months < 1) {
    throw new AppError('WM_REPORT_PERIOD_BACKWARDS', { field: 'to' });
  }
}

/**
 * Whether a report's group is too small to show: fewer people counted than the smallest count
 * the policy shows. Such a report would be all stars at best, and a filter narrowed until it is
 * could single someone out, so it is refused instead.
 */
export function isGroupTooSmall(peopleCounted: number, policy: SuppressionPolicy): boolean {
  return peopleCounted < smallestGroup(policy);
}

/** Refuses a group smaller than the policy's threshold (WM_REPORT_GROUP_TOO_SMALL, 422). */
export function assertNoSmallGroup(peopleCounted: number, policy: SuppressionPolicy): void {
  if (isGroupTooSmall(peopleCounted, policy)) {
    throw new AppError('WM_REPORT_GROUP_TOO_SMALL', {
      params: { smallest: smallestGroup(policy) },
    });
  }
}

/**
 * Query parameters that ask for figures about one person. A report is about groups only; a
 * request naming any of these is refused (WM_REPORT_PERSON_LEVEL, 400) rather than ignored, so
 * a caller learns at once that such a breakdown does not exist.
 */
export const PERSON_LEVEL_PARAMETERS = ['person', 'personId', 'people', 'perPerson'] as const;
/** Values of a grouping parameter (`by`, `groupBy`, `breakdown`) that would split by person. */
const PERSON_LEVEL_GROUPINGS = new Set(['person', 'people', 'personid', 'individual']);
const GROUPING_PARAMETERS = ['by', 'groupBy', 'breakdown'] as const;

export function asksForPersonLevel(query: Readonly<Record<string, unknown>>): boolean {
  if (PERSON_LEVEL_PARAMETERS.some((name) => Object.hasOwn(query, name))) return true;
  return GROUPING_PARAMETERS.some((name) => {
    const value = query[name];
    const values = Array.isArray(value) ? value : [value];
    return values.some(
      (each) => typeof each === 'string' && PERSON_LEVEL_GROUPINGS.has(each.toLowerCase()),
    );
  });
}

/** Refuses a request for a person-level breakdown (WM_REPORT_PERSON_LEVEL, 400). */
export function assertNotPersonLevel(query: Readonly<Record<string, unknown>>): void {
  if (asksForPersonLevel(query)) throw new AppError('WM_REPORT_PERSON_LEVEL');
}
