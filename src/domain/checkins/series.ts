// Shapes stored check-ins into one trend line per scale, and turns a chart's `from`/`to` into
// a UTC range. Pure: no I/O, no clock.
import type { FieldError } from '../errors.ts';
import { t } from '../i18n/translate.ts';
import { type CheckinSettings, EARLIEST, isBuiltInScale } from './checkins.schema.ts';
import { rangeOf } from './scales.ts';

export type SeriesPoint = {
  checkinId: string;
  takenAt: string;
  value: number;
  forMeOnly: boolean;
  /** The person wrote why they scored this; the chart can mark the point. */
  hasNote: boolean;
};

export type ScaleSeries = {
  id: string;
  /** The person's own name for their scale; null for built-in scales, which the app names. */
  name: string | null;
  builtIn: boolean;
  min: number;
  max: number;
  active: boolean;
  points: SeriesPoint[];
};

export type StoredCheckin = {
  id: string;
  takenAt: string;
  scores: Record<string, number>;
  forMeOnly: boolean;
  hasNote: boolean;
};

/**
 * One line per scale in the person's settings order. Scales in use are always listed (an
 * empty line says "no scores yet"); scales no longer in use appear only if they have points.
 * `checkins` must be oldest first.
 */
export function buildSeries(
  settings: CheckinSettings,
  checkins: readonly StoredCheckin[],
): ScaleSeries[] {
  const lines = new Map<string, SeriesPoint[]>(settings.scales.map((scale) => [scale.id, []]));
  for (const checkin of checkins) {
    for (const [scaleId, value] of Object.entries(checkin.scores)) {
      // A scale with scores cannot leave the settings (scales.ts), so every id has a line.
      lines.get(scaleId)?.push({
        checkinId: checkin.id,
        takenAt: checkin.takenAt,
        value,
        forMeOnly: checkin.forMeOnly,
        hasNote: checkin.hasNote,
      });
    }
  }
  return settings.scales
    .map((scale) => ({
      id: scale.id,
      name: scale.name,
      builtIn: isBuiltInScale(scale.id),
      ...rangeOf(scale),
      active: scale.active,
      points: lines.get(scale.id) ?? [],
    }))
    .filter((line) => line.active || line.points.length > 0);
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
  if (from > to) return { field: 'querystring.from', message: t('validation.rangeOrder') };
  return { from, to };
}
