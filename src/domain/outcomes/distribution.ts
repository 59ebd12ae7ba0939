// The bands a report's distribution counts people in (decision 0052). A narrow scale (a 1–5
// check-in, a 0–10 life-area rating) gets one band per value. A wide score gets the measure's
// own bands when they cover its whole range one after another (PHQ-9: minimal 0–4, mild 5–9,
// moderate 10–14, moderately severe 15–19, severe 20–27), and otherwise five bands of (nearly)
// equal width (QPR-15 0–60: 0–11, 12–23, 24–35, 36–47, 48–60). Pure and zod-free.
import type { SeriesBand, SeriesInfo } from './series-info.ts';

/** Scales with at most this many values get one band per value (0–10 has eleven). */
export const ONE_BAND_PER_VALUE_UP_TO = 11;
/** How many bands a wide score without usable bands of its own is cut into. */
export const EQUAL_BANDS = 5;
/**
 * The most bands of its own a measure may bring: more would make every band small (and hidden)
 * and the secondary-suppression check larger; such a measure gets equal bands instead.
 */
export const MAX_OWN_BANDS = ONE_BAND_PER_VALUE_UP_TO;

export type BandRange = {
  min: number;
  max: number;
  bandId: string | null;
  bandLabel: string | null;
};

export function distributionBands(info: SeriesInfo): BandRange[] {
  const values = info.max - info.min + 1;
  if (values <= ONE_BAND_PER_VALUE_UP_TO) {
    return Array.from({ length: Math.max(values, 1) }, (_, index) => {
      const value = info.min + index;
      return { min: value, max: value, bandId: null, bandLabel: null };
    });
  }
  const own = info.bands;
  if (own && own.length <= MAX_OWN_BANDS && coversRange(own, info.min, info.max)) {
    return [...own]
      .sort((a, b) => a.min - b.min)
      .map((band) => ({ min: band.min, max: band.max, bandId: band.id, bandLabel: band.label }));
  }
  const starts = Array.from(
    { length: EQUAL_BANDS },
    (_, index) => info.min + Math.floor((index * values) / EQUAL_BANDS),
  );
  return starts.map((start, index) => ({
    min: start,
    max: (starts[index + 1] ?? info.max + 1) - 1,
    bandId: null,
    bandLabel: null,
  }));
}

/** Whether the bands, in order, cover min..max exactly once with whole-number bounds. */
function coversRange(bands: readonly SeriesBand[], min: number, max: number): boolean {
  const sorted = [...bands].sort((a, b) => a.min - b.min);
  let next = min;
  for (const band of sorted) {
    if (!Number.isInteger(band.min) || !Number.isInteger(band.max)) return false;
    if (band.min !== next || band.max < band.min) return false;
    next = band.max + 1;
  }
  return sorted.length > 0 && next === max + 1;
}

/**
 * The band a value falls in. A value outside the scale's range (a definition since narrowed)
 * counts in the nearest end band, so every person with a pair is in exactly one band.
 */
export function bandIndexOf(bands: readonly BandRange[], value: number): number {
  const index = bands.findIndex((band) => value >= band.min && value <= band.max);
  if (index >= 0) return index;
  return value < (bands[0]?.min ?? 0) ? 0 : bands.length - 1;
}
