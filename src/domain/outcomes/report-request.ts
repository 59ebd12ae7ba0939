// What an outcome report may be asked for (issue 16, decision 0053), free of zod so the Outcomes
// page can check its form before any schema loads: a period of whole calendar months, at most
// REPORT_MAX_MONTHS long and not ending before it starts, and never a breakdown by person.
// Pure. The server's query schema (report-request.schema.ts) checks the shape; these rules give
// the stable codes the API answers with.
import type { ErrorCode } from '../errors.ts';

/** The longest period one report covers: ten years, so no request makes unbounded work. */
export const REPORT_MAX_MONTHS = 120;

/** A month as the API takes it: YYYY-MM, from 2000 (nothing is recorded earlier) to 2099. */
export const MONTH_PATTERN = /^20\d\d-(0[1-9]|1[0-2])$/;

/** Months since year 0 of a YYYY-MM month, for counting a period's length. */
const monthNumber = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7));

/** How many calendar months from `from` to `to`, both counted (0 or less: it runs backwards). */
export function monthsInPeriod(from: string, to: string): number {
  return monthNumber(to) - monthNumber(from) + 1;
}

/** What is wrong with a well-formed period, as the code the API answers with; null if nothing. */
export function periodProblem(
  from: string,
  to: string,
): { code: ErrorCode; field: 'to' } | null {
  const months = monthsInPeriod(from, to);
  if (months < 1) return { code: 'WM_REPORT_PERIOD_BACKWARDS', field: 'to' };
  if (months > REPORT_MAX_MONTHS) return { code: 'WM_REPORT_PERIOD_TOO_LONG', field: 'to' };
  return null;
}

/**
 * Query keys that ask about someone in particular. A report is counts over people; it never
 * names, lists or splits by one, so these are refused with their own code, not as unknown keys.
 */
const PERSON_KEYS = new Set([
  'person',
  'persons',
  'people',
  'personid',
  'person_id',
  'personids',
  'patient',
  'patientid',
  'individual',
  'nhsnumber',
  'nhs_number',
  'account',
  'accountid',
  'name',
  'email',
]);
/** Keys that choose how a report is split; asking to split it by person is refused. */
const GROUPING_KEYS = new Set([
  'groupby',
  'group_by',
  'group',
  'by',
  'breakdown',
  'split',
  'splitby',
  'level',
  'per',
  'granularity',
]);
const PERSON_VALUES = new Set([...PERSON_KEYS, 'row', 'rows', 'record', 'records', 'each']);

const plain = (text: string) => text.trim().toLowerCase().replaceAll('-', '_');

/** Whether a query asks for anything about one person: a person's key, or a split by person. */
export function asksForPersonLevel(query: Readonly<Record<string, unknown>>): boolean {
  return Object.entries(query).some(([key, value]) => {
    const name = plain(key);
    if (PERSON_KEYS.has(name) || PERSON_KEYS.has(name.replaceAll('_', ''))) return true;
    if (!GROUPING_KEYS.has(name)) return false;
    const values = Array.isArray(value) ? value : [value];
    return values.some(
      (v) => typeof v === 'string' && v.split(',').some((part) => PERSON_VALUES.has(plain(part))),
    );
  });
}

/** The whole months of a report: this month and the eleven before it, the page's first choice. */
export function lastTwelveMonths(today: Date): { from: string; to: string } {
  const to = today.toISOString().slice(0, 7);
  const start = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 11, 1));
  return { from: start.toISOString().slice(0, 7), to };
}
