// The periods "How I'm doing" offers, where each begins, and the chart answer read back into one
// trend line per scale. Pure: no I/O, no clock (the caller passes "now"), no zod, so the web can
// use it without the schema library. The answer's shape is declared in chart.schema.ts.
import type { CheckinChart } from './chart.schema.ts';

/** The last three months, the last year, or everything. */
export const CHART_PERIODS = ['3m', '1y', 'all'] as const;
export type ChartPeriod = (typeof CHART_PERIODS)[number];
/** What the page shows first, and what the chart answer sends when no period is asked for. */
export const DEFAULT_CHART_PERIOD: ChartPeriod = '3m';

const MONTHS_BACK: Record<Exclude<ChartPeriod, 'all'>, number> = { '3m': 3, '1y': 12 };

/**
 * The first moment a period covers: the start (00:00 UTC) of the same calendar day 3 or 12
 * months before `now`'s UTC date, or of the month's last day when it has no such day (31 May
 * goes back to 28 February). Null for "all": no lower bound.
 */
export function periodStart(period: ChartPeriod, now: Date): string | null {
  if (period === 'all') return null;
  const months = now.getUTCFullYear() * 12 + now.getUTCMonth() - MONTHS_BACK[period];
  const year = Math.floor(months / 12);
  const month = months - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(now.getUTCDate(), lastDay))).toISOString();
}

/** One score of one scale, with what the chart and its table say about its check-in. */
export type ChartPoint = {
  checkinId: string;
  takenAt: string;
  value: number;
  forMeOnly: boolean;
  hasNote: boolean;
};

/**
 * One scale's points, oldest first, read from the answer's columns: the check-ins where this
 * scale has a score (a check-in may skip a scale).
 */
export function pointsOf(chart: CheckinChart, scaleIndex: number): ChartPoint[] {
  const values = chart.scales[scaleIndex]?.values ?? [];
  const { ids, takenAt, forMeOnly, hasNote } = chart.checkins;
  const points: ChartPoint[] = [];
  values.forEach((value, i) => {
    if (value === null) return;
    points.push({
      checkinId: ids[i] ?? '',
      takenAt: takenAt[i] ?? '',
      value,
      forMeOnly: forMeOnly[i] === true,
      hasNote: hasNote[i] === true,
    });
  });
  return points;
}
