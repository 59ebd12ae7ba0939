// Contract 1 of issue 16 (docs/decisions/0051, 0052): what the report SQL returns. Only aggregate
// pair counts leave the database, never person ids; every figure in a report is worked out from
// these counts (src/domain/outcomes/build-report.ts).
export type SeriesKey = string;
/** How many people had this (first, latest) pair of values in the period. */
export type PairCount = { first: number; latest: number; people: number };
export type SeriesPairs = { series: SeriesKey; pairs: PairCount[] };
export type OutcomeInput = {
  /** People who count (opted in, connected in the period), whatever they recorded. */
  peopleCounted: number;
  series: SeriesPairs[];
  /** Goals of counted people created in the period, and those whose status became achieved in it. */
  goalsSet: number;
  goalsAchieved: number;
  /** Reviews of counted people held (created) in the period with this team/service. */
  reviewsHeld: number;
};
export type OutcomePeriod = { fromMonth: string; toMonth: string }; // 'YYYY-MM'
export type OutcomeScope = { serviceId: string; teamIds: readonly string[] }; // teams of the report

/**
 * Pair counts as the report SQL returns them, one row per series and pair (numbers may come back
 * as strings or bigints from PostgreSQL), grouped by series in the order first seen.
 */
export function seriesOfPairs(
  rows: readonly { series: SeriesKey; first: unknown; latest: unknown; people: unknown }[],
): SeriesPairs[] {
  const bySeries = new Map<SeriesKey, SeriesPairs>();
  for (const row of rows) {
    let entry = bySeries.get(row.series);
    if (!entry) {
      entry = { series: row.series, pairs: [] };
      bySeries.set(row.series, entry);
    }
    entry.pairs.push({
      first: Number(row.first),
      latest: Number(row.latest),
      people: Number(row.people),
    });
  }
  return [...bySeries.values()];
}
