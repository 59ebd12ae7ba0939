// Shapes stored check-ins into the chart answer (chart.schema.ts), and turns a chart's period or
// `from`/`to` into a UTC range. Pure: no I/O, no clock (the caller passes "now").
import type { FieldError } from '../errors.ts';
import { say } from '../i18n/said.ts';
import type { ChartQuery, CheckinChart } from './chart.schema.ts';
import { type ChartPeriod, periodStart } from './chart.ts';
import { type CheckinSettings, EARLIEST, isBuiltInScale } from './checkins.schema.ts';
import { rangeOf } from './scales.ts';

export type StoredCheckin = {
  id: string;
  takenAt: string;
  scores: Record<string, number>;
  forMeOnly: boolean;
  hasNote: boolean;
};

/** The range a chart answer covers, as it says it: null where the range is open. */
export type ChartWindow = { period: ChartPeriod | null; from: string | null; to: string | null };

/**
 * The chart answer: one column per check-in field and one column of values per scale, in the
 * person's settings order. Scales in use are always listed (an empty column says "no scores
 * yet"); scales no longer in use appear only if they have a score here. `checkins` must be
 * oldest first.
 */
export function buildCheckinChart(
  settings: CheckinSettings,
  checkins: readonly StoredCheckin[],
  window: ChartWindow,
): CheckinChart {
  const count = checkins.length;
  const ids = new Array<string>(count);
  const takenAt = new Array<string>(count);
  const forMeOnly = new Array<boolean>(count);
  const hasNote = new Array<boolean>(count);
  const columns = new Map(
    settings.scales.map((scale) => [scale.id, new Array<number | null>(count).fill(null)]),
  );
  const scored = new Set<string>();
  checkins.forEach((checkin, i) => {
    ids[i] = checkin.id;
    takenAt[i] = checkin.takenAt;
    forMeOnly[i] = checkin.forMeOnly;
    hasNote[i] = checkin.hasNote;
    for (const scaleId in checkin.scores) {
      // A scale with scores cannot leave the settings (scales.ts), so every id has a column.
      const column = columns.get(scaleId);
      if (!column) continue;
      column[i] = checkin.scores[scaleId] ?? null;
      scored.add(scaleId);
    }
  });
  return {
    ...window,
    checkins: { ids, takenAt, forMeOnly, hasNote },
    scales: settings.scales
      .filter((scale) => scale.active || scored.has(scale.id))
      .map((scale) => ({
        id: scale.id,
        name: scale.name,
        builtIn: isBuiltInScale(scale.id),
        ...rangeOf(scale),
        active: scale.active,
        values: columns.get(scale.id) ?? [],
      })),
  };
}

export type UtcRange = { from: string; to: string };
const isDate = (value: string) => value.length === 10;

const LATEST = '9999-12-31T23:59:59.999Z';

/**
 * A calendar date means the whole day in UTC; a moment is taken as it is. Missing ends mean
 * "from the earliest allowed date" and "to the latest".
 */
export function utcRange(query: { from?: string; to?: string }): UtcRange | FieldError {
  const from = query.from
    ? isDate(query.from)
      ? `${query.from}T00:00:00.000Z`
      : new Date(query.from).toISOString()
    : EARLIEST;
  const to = query.to
    ? isDate(query.to)
      ? `${query.to}T23:59:59.999Z`
      : new Date(query.to).toISOString()
    : LATEST;
  // Named as the API names a query parameter, the same as its schema errors.
  if (from > to) return { field: 'querystring.from', message: say('validation.rangeOrder') };
  return { from, to };
}

/**
 * The range of a chart read: `from`/`to` as `utcRange` reads them, or else the period asked for,
 * or else `fallback` (null: everything). A period and dates together are refused, naming
 * `period`, so nobody has to guess which one won.
 */
export function chartRange(
  query: ChartQuery,
  now: Date,
  fallback: ChartPeriod | null,
): { window: ChartWindow; range: UtcRange } | FieldError {
  const dates = query.from !== undefined || query.to !== undefined;
  if (dates && query.period !== undefined)
    return { field: 'querystring.period', message: say('validation.periodOrDates') };
  if (dates || (query.period === undefined && fallback === null)) {
    const range = utcRange(query);
    if ('field' in range) return range;
    const from = range.from === EARLIEST ? null : range.from;
    const to = range.to === LATEST ? null : range.to;
    return { window: { period: null, from, to }, range };
  }
  const period = query.period ?? fallback ?? 'all';
  const from = periodStart(period, now);
  return { window: { period, from, to: null }, range: { from: from ?? EARLIEST, to: LATEST } };
}
