// What a report needs to know about each series it follows (Contract 3 of issue 16). The caller
// (the outcomes service) builds these from the measure library and the check-in scales; the
// builder never reads a definition itself, so it stays pure. Zod-free: the web may import it.
import type { SeriesKey } from './report-input.ts';

export const SERIES_KINDS = ['checkin', 'life_area', 'measure'] as const;
export type SeriesKind = (typeof SERIES_KINDS)[number];

/** A band a measure publishes over its score (e.g. PHQ-9 "Mild" 5–9), inclusive bounds. */
export type SeriesBand = { id: string; label: string; min: number; max: number };

export type SeriesInfo = {
  series: SeriesKey;
  kind: SeriesKind;
  /**
   * The measure's own title, for a measure a service uploaded (decision 0058): the report names
   * it so, where the built-ins and life areas are named by the catalogue.
   */
  title?: string;
  /** The scale's range; every value lies in min..max (integers). */
  min: number;
  max: number;
  /** The measure's published reliable-change threshold, where there is one. */
  reliableChange?: { points: number; source: string };
  higherIsBetter: boolean;
  /** The clinical cut-off for recovery (PHQ-9 10, GAD-7 8), where one is published. */
  caseness?: { atOrAbove: number; source: string };
  /**
   * The measure's own bands (scoring rules `bands`), used for the distribution of a wide score.
   * An addition to Contract 3; optional, so a caller that leaves it out gets equal bands.
   */
  bands?: readonly SeriesBand[];
};
