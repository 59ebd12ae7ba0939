// The outcome report's shape (issue 16, Contract 3, decision 0052), declared once for the
// server's response schema and the web. Every figure is a number or "*" (hidden by the
// small-number policy). Nothing here is about one person: no ids, no names, no free text; a
// series is named by its key (a built-in scale, a standard life area, a measure's scale).
// The zod-free pieces the web needs on first load live in suppression.ts and series-info.ts.
import { z } from '../validation.ts';
import { SERIES_KINDS } from './series-info.ts';
import { HIDDEN } from './suppression.ts';

/** A count or figure as shown: a number, or "*" when hidden. */
export const shownSchema = z.union([z.number(), z.literal(HIDDEN)]);
/** A mean or a share: null when there is no one to work it out over (a count of 0 shown). */
export const shownFigureSchema = shownSchema.nullable();

export const suppressionPolicySchema = z.object({
  name: z.string(),
  hideBelow: z.number().int().min(0),
  hideZero: z.boolean(),
  roundTo: z.number().int().min(1),
});

/** One band of the distribution: values min..max (inclusive), people first and latest in it. */
export const distributionBandSchema = z.object({
  min: z.number().int(),
  max: z.number().int(),
  /** The measure's band (e.g. PHQ-9 "mild"); null for a single value or an equal band. */
  bandId: z.string().nullable(),
  bandLabel: z.string().nullable(),
  first: shownSchema,
  latest: shownSchema,
});
export type DistributionBand = z.infer<typeof distributionBandSchema>;

export const reliableChangeFiguresSchema = z.object({
  points: z.number(),
  source: z.string(),
  improved: shownSchema,
  noChange: shownSchema,
  deteriorated: shownSchema,
  /** Shares of people with a pair, in whole percent, from unrounded counts. */
  improvedPercent: shownFigureSchema,
  noChangePercent: shownFigureSchema,
  deterioratedPercent: shownFigureSchema,
});
export type ReliableChangeFigures = z.infer<typeof reliableChangeFiguresSchema>;

export const recoveryFiguresSchema = z.object({
  atOrAbove: z.number(),
  source: z.string(),
  /** People at or above the cut-off at first (the denominator of recovery). */
  casesAtFirst: shownSchema,
  recovered: shownSchema,
  notRecovered: shownSchema,
  /** recovered ÷ casesAtFirst in whole percent, from unrounded counts. */
  recoveredPercent: shownFigureSchema,
});
export type RecoveryFigures = z.infer<typeof recoveryFiguresSchema>;

export const seriesReportSchema = z.object({
  series: z.string(),
  kind: z.enum(SERIES_KINDS),
  /** A service's own measure's title (decision 0058); absent where the catalogue names it. */
  title: z.string().optional(),
  min: z.number().int(),
  max: z.number().int(),
  higherIsBetter: z.boolean(),
  /** People with at least two values of this series in the period, at different times. */
  peopleWithPair: shownSchema,
  /** Means over people with a pair, to one decimal place, from unrounded counts. */
  mean: z.object({
    first: shownFigureSchema,
    latest: shownFigureSchema,
    change: shownFigureSchema,
  }),
  distribution: z.array(distributionBandSchema),
  /** Null when the series publishes no reliable-change threshold. */
  reliableChange: reliableChangeFiguresSchema.nullable(),
  /** Null when the series publishes no clinical cut-off. */
  recovery: recoveryFiguresSchema.nullable(),
});
export type SeriesReport = z.infer<typeof seriesReportSchema>;

export const outcomeReportSchema = z.object({
  policy: suppressionPolicySchema,
  peopleCounted: shownSchema,
  goalsSet: shownSchema,
  goalsAchieved: shownSchema,
  reviewsHeld: shownSchema,
  series: z.array(seriesReportSchema),
});
export type OutcomeReport = z.infer<typeof outcomeReportSchema>;
