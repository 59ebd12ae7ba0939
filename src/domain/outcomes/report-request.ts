// What the Outcomes page and the report routes add to report-guards.ts (issue 16, decision 0053),
// free of zod so the page can check its form before any schema loads: the month format, the
// longest period, the code each bad period gets, and the page's first choice of period. Pure.
import { AppError, type ErrorCode } from '../errors.ts';
import { assertPeriodForwards, MAX_REPORT_MONTHS, monthsInPeriod } from './report-guards.ts';

/** A month as the API takes it: YYYY-MM, from 2000 (nothing is recorded earlier) to 2099. */
export const MONTH_PATTERN = /^20\d\d-(0[1-9]|1[0-2])$/;

/** What is wrong with a period of two well-formed months, as the code the API answers with. */
export function periodProblem(from: string, to: string): ErrorCode | null {
  const months = monthsInPeriod({ fromMonth: from, toMonth: to });
  if (months === null) return null;
  if (months < 1) return 'WM_REPORT_PERIOD_BACKWARDS';
  if (months > MAX_REPORT_MONTHS) return 'WM_REPORT_PERIOD_TOO_LONG';
  return null;
}

/** Refuses a period that runs backwards or is longer than ten years, on its `to` field. */
export function assertReportPeriod(from: string, to: string): void {
  assertPeriodForwards({ fromMonth: from, toMonth: to });
  if (periodProblem(from, to) === 'WM_REPORT_PERIOD_TOO_LONG')
    throw new AppError('WM_REPORT_PERIOD_TOO_LONG', {
      field: 'to',
      params: { max: MAX_REPORT_MONTHS },
    });
}

/** This month and the eleven before it: the page's first choice. */
export function lastTwelveMonths(today: Date): { from: string; to: string } {
  const to = today.toISOString().slice(0, 7);
  const start = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 11, 1));
  return { from: start.toISOString().slice(0, 7), to };
}
