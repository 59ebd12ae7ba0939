// The chart answer of "How I'm doing" (GET …/checkins/series), declared once for the server's
// response schema and the web (decision 0022). Columns, not objects: each check-in in the period
// is one index, its id, time and flags are sent once, and each scale carries one column of
// values at the same indexes (null where that check-in skipped the scale). Five years of daily
// check-ins with three scales were 716 KiB as one object per scale and check-in.
import { z } from '../validation.ts';
import { CHART_PERIODS } from './chart.ts';
import { rangeQuerySchema } from './checkins.schema.ts';

export const chartPeriodSchema = z.enum(CHART_PERIODS);

/**
 * `?period=3m|1y|all` (the default is 3m), or `?from&to` for any other range; not both, which
 * the service refuses naming `period` (the same for every chart read that takes a period).
 */
export const chartQuerySchema = rangeQuerySchema.extend({ period: chartPeriodSchema.optional() });
export type ChartQuery = z.infer<typeof chartQuerySchema>;

export const checkinChartSchema = z.object({
  /** The period asked for; null when `from`/`to` chose the range. */
  period: chartPeriodSchema.nullable(),
  /** The first and last moments included (UTC); null where the range is open. */
  from: z.string().nullable(),
  to: z.string().nullable(),
  /** One index per check-in, oldest first; every array has one entry per check-in. */
  checkins: z.object({
    ids: z.array(z.string()),
    takenAt: z.array(z.string()),
    /** Kept for the person only: shown only to them. */
    forMeOnly: z.array(z.boolean()),
    /** The person wrote why they scored it; the table says so. */
    hasNote: z.array(z.boolean()),
  }),
  /**
   * The scales in the person's settings order: those in use always, those switched off only
   * when they have a score in the range.
   */
  scales: z.array(
    z.object({
      id: z.string(),
      /** The person's own name for their scale; null for built-in scales, which the app names. */
      name: z.string().nullable(),
      builtIn: z.boolean(),
      min: z.number(),
      max: z.number(),
      active: z.boolean(),
      /** This scale's score in each check-in, at the check-in's index; null where skipped. */
      values: z.array(z.number().nullable()),
    }),
  ),
});
export type CheckinChart = z.infer<typeof checkinChartSchema>;
