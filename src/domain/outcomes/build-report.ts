// Builds the outcome report from the pair counts (issue 16, Contract 3, decision 0052). Pure.
// Every count goes through the small-number policy (suppression.ts); the report's additive
// groups then get secondary suppression (secondary-suppression.ts); means and shares are worked
// out from the unrounded counts and hidden when a count behind them is hidden. The report holds
// only aggregate figures about series named by key: never a person, never free text.
import { type BandRange, distributionBands } from './distribution.ts';
import type { OutcomeReport, SeriesReport } from './report.schema.ts';
import type { OutcomeInput, PairCount } from './report-input.ts';
import { type CellEquation, protectHiddenCells } from './secondary-suppression.ts';
import { countSeries, type SeriesCounts } from './series-counts.ts';
import type { SeriesInfo } from './series-info.ts';
import {
  HIDDEN,
  hidesCount,
  roundCount,
  type Shown,
  type SuppressionPolicy,
} from './suppression.ts';

export { outcomeReportCsv } from './report-csv.ts';
export type { SeriesInfo } from './series-info.ts';
export type { SuppressionPolicy } from './suppression.ts';

export function buildOutcomeReport(
  input: OutcomeInput,
  series: SeriesInfo[],
  policy: SuppressionPolicy,
): OutcomeReport {
  const pairsBySeries = new Map<string, PairCount[]>();
  for (const { series: key, pairs } of input.series) {
    pairsBySeries.set(key, [...(pairsBySeries.get(key) ?? []), ...pairs]);
  }
  const show = (count: number): Shown =>
    hidesCount(policy, count) ? HIDDEN : roundCount(policy, count);
  return {
    policy: {
      name: policy.name,
      hideBelow: policy.hideBelow,
      hideZero: policy.hideZero,
      roundTo: policy.roundTo,
    },
    peopleCounted: show(input.peopleCounted),
    goalsSet: show(input.goalsSet),
    goalsAchieved: show(input.goalsAchieved),
    reviewsHeld: show(input.reviewsHeld),
    // Only series the caller describes are reported: a series it does not know (a custom scale,
    // an area the person named) never appears, whatever the input holds.
    series: series.map((info) => seriesReport(info, pairsBySeries.get(info.series) ?? [], policy)),
  };
}

function seriesReport(
  info: SeriesInfo,
  pairs: readonly PairCount[],
  policy: SuppressionPolicy,
): SeriesReport {
  const bands = distributionBands(info);
  const counts = countSeries(pairs, info, bands);
  const { cells, equations } = seriesCells(info, bands, counts);
  const primary = new Set<string>();
  for (const [cell, count] of cells) {
    if (
      cell.startsWith('sum:')
        ? hidesCount(policy, counts.peopleWithPair)
        : hidesCount(policy, count)
    )
      primary.add(cell);
  }
  const hidden = protectHiddenCells(cells, primary, equations);
  // A mean is the sum over the people with a pair: with that count hidden, so are the means.
  // Hiding more never lets a hidden cell be worked out, so no further check is needed.
  if (hidden.has(CELL.pairs) && cells.has(CELL.sumFirst)) {
    hidden.add(CELL.sumFirst);
    hidden.add(CELL.sumLatest);
  }
  const shown = (cell: string): Shown =>
    hidden.has(cell) ? HIDDEN : roundCount(policy, cells.get(cell) ?? 0);
  /** A share of `denominator`, in whole percent, hidden when either count behind it is. */
  const percent = (numerator: string, denominator: string): Shown | null => {
    const over = cells.get(denominator) ?? 0;
    if (hidden.has(numerator) || hidden.has(denominator)) return HIDDEN;
    return over === 0 ? null : Math.round((100 * (cells.get(numerator) ?? 0)) / over);
  };
  const n = counts.peopleWithPair;
  /** A mean over the people with a pair, hidden with that count or with the sum behind it. */
  const mean = (sum: number, ...sums: string[]): Shown | null => {
    if (hidden.has(CELL.pairs) || sums.some((cell) => hidden.has(cell))) return HIDDEN;
    return n === 0 ? null : oneDecimal(sum / n);
  };
  return {
    series: info.series,
    kind: info.kind,
    ...(info.title === undefined ? {} : { title: info.title }),
    min: info.min,
    max: info.max,
    higherIsBetter: info.higherIsBetter,
    peopleWithPair: shown(CELL.pairs),
    mean: {
      first: mean(counts.sumFirst, CELL.sumFirst),
      latest: mean(counts.sumLatest, CELL.sumLatest),
      change: mean(counts.sumLatest - counts.sumFirst, CELL.sumFirst, CELL.sumLatest),
    },
    distribution: bands.map((band, index) => ({
      min: band.min,
      max: band.max,
      bandId: band.bandId,
      bandLabel: band.bandLabel,
      first: shown(CELL.first(index)),
      latest: shown(CELL.latest(index)),
    })),
    reliableChange: info.reliableChange
      ? {
          points: info.reliableChange.points,
          source: info.reliableChange.source,
          improved: shown(CELL.improved),
          noChange: shown(CELL.noChange),
          deteriorated: shown(CELL.deteriorated),
          improvedPercent: percent(CELL.improved, CELL.pairs),
          noChangePercent: percent(CELL.noChange, CELL.pairs),
          deterioratedPercent: percent(CELL.deteriorated, CELL.pairs),
        }
      : null,
    recovery: info.caseness
      ? {
          atOrAbove: info.caseness.atOrAbove,
          source: info.caseness.source,
          casesAtFirst: shown(CELL.cases),
          recovered: shown(CELL.recovered),
          notRecovered: shown(CELL.notRecovered),
          recoveredPercent: percent(CELL.recovered, CELL.cases),
        }
      : null,
  };
}

/** The names of a series' cells: its counts, and the sums behind its means. */
export const CELL = {
  pairs: 'pairs',
  first: (band: number) => `first:${band}`,
  latest: (band: number) => `latest:${band}`,
  sumFirst: 'sum:first',
  sumLatest: 'sum:latest',
  improved: 'improved',
  noChange: 'noChange',
  deteriorated: 'deteriorated',
  cases: 'cases',
  recovered: 'recovered',
  notRecovered: 'notRecovered',
} as const;

/**
 * A series' cells with their unrounded values, and the equations that tie them: the bands of
 * first and of latest values each add up to the people with a pair, so do the three reliable
 * change counts, and recovered + not recovered add up to the cases at first. Where the cut-off
 * is a band boundary the bands above it add up to the cases too. Where every band is one value,
 * a mean times the people is the sum of value × people over the bands, so the sums behind the
 * means are cells as well (shown exactly when the means are).
 */
export function seriesCells(
  info: SeriesInfo,
  bands: readonly BandRange[],
  counts: SeriesCounts,
): { cells: Map<string, number>; equations: CellEquation[] } {
  const cells = new Map<string, number>([[CELL.pairs, counts.peopleWithPair]]);
  const equations: CellEquation[] = [];
  const firstCells = bands.map((_, index) => CELL.first(index));
  const latestCells = bands.map((_, index) => CELL.latest(index));
  for (const [index, cell] of firstCells.entries()) cells.set(cell, counts.firstByBand[index] ?? 0);
  for (const [index, cell] of latestCells.entries())
    cells.set(cell, counts.latestByBand[index] ?? 0);
  equations.push({ total: CELL.pairs, parts: firstCells.map((cell) => ({ cell })) });
  equations.push({ total: CELL.pairs, parts: latestCells.map((cell) => ({ cell })) });
  if (bands.every((band) => band.min === band.max)) {
    cells.set(CELL.sumFirst, counts.sumFirst);
    cells.set(CELL.sumLatest, counts.sumLatest);
    const weighted = (cellsOf: string[]) =>
      cellsOf.map((cell, index) => ({ cell, weight: bands[index]?.min ?? 0 }));
    equations.push({ total: CELL.sumFirst, parts: weighted(firstCells) });
    equations.push({ total: CELL.sumLatest, parts: weighted(latestCells) });
  }
  if (counts.reliable) {
    cells.set(CELL.improved, counts.reliable.improved);
    cells.set(CELL.noChange, counts.reliable.noChange);
    cells.set(CELL.deteriorated, counts.reliable.deteriorated);
    equations.push({
      total: CELL.pairs,
      parts: [{ cell: CELL.improved }, { cell: CELL.noChange }, { cell: CELL.deteriorated }],
    });
  }
  if (counts.recovery && info.caseness) {
    cells.set(CELL.cases, counts.recovery.casesAtFirst);
    cells.set(CELL.recovered, counts.recovery.recovered);
    cells.set(CELL.notRecovered, counts.recovery.notRecovered);
    equations.push({
      total: CELL.cases,
      parts: [{ cell: CELL.recovered }, { cell: CELL.notRecovered }],
    });
    const cutOff = info.caseness.atOrAbove;
    if (bands.some((band) => band.min === cutOff)) {
      const above = firstCells.filter((_, index) => (bands[index]?.min ?? 0) >= cutOff);
      equations.push({ total: CELL.cases, parts: above.map((cell) => ({ cell })) });
    }
  }
  return { cells, equations };
}

/** A mean to one decimal place, rounding halves away from zero. */
function oneDecimal(value: number): number {
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * 10)) / 10;
  return rounded === 0 ? 0 : rounded; // never -0
}
