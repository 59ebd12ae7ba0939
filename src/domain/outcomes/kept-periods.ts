// The periods whose outcome figures are kept as counts (decision 0055): every run of 12 whole
// months, named by its first month. Calendar years are such runs (January to December), and so
// is every "last 12 months" the Outcomes page offers, whatever month it is asked in. Any other
// period is worked out from each person's monthly values (features/outcomes/outcomes.repo.ts).
// Also the name of the scope counts are kept for. Pure and zod-free.
import type { OutcomePeriod } from './report-input.ts';

/** How many months a kept period has. */
export const KEPT_PERIOD_MONTHS = 12;

/** A connection not ended: it reaches every later month. */
export const OPEN_MONTH = '9999-12';

/** 'YYYY-MM' as a count of months, so months can be added. */
export const monthNumber = (month: string) =>
  Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

/** The month of a count of months ('YYYY-MM'). */
export const monthOfNumber = (n: number) =>
  `${String(Math.floor(n / 12)).padStart(4, '0')}-${String((n % 12) + 1).padStart(2, '0')}`;

export const addMonths = (month: string, months: number) =>
  monthOfNumber(monthNumber(month) + months);

/** The last month of the kept period that starts in `from`. */
export const keptPeriodEnd = (from: string) => addMonths(from, KEPT_PERIOD_MONTHS - 1);

/** The first month of the period when its figures are kept, else null. */
export function keptPeriodStart(period: OutcomePeriod): string | null {
  const months = monthNumber(period.toMonth) - monthNumber(period.fromMonth) + 1;
  return months === KEPT_PERIOD_MONTHS ? period.fromMonth : null;
}

/** The kept periods (by first month) that hold any of these months, in order. */
export function keptPeriodsHolding(months: Iterable<string>): string[] {
  const starts = new Set<number>();
  for (const month of months) {
    const n = monthNumber(month);
    for (let back = 0; back < KEPT_PERIOD_MONTHS; back += 1) starts.add(n - back);
  }
  return [...starts].sort((a, b) => a - b).map(monthOfNumber);
}

/**
 * Counts are kept for a whole service's people (a person in two of its teams once). A team's
 * report works from its people: a team is small enough, and its counts would be nearly as many
 * rows as its people's (decision 0055).
 */
export const serviceScope = (serviceId: string) => `service:${serviceId}`;
