// The unrounded figures of one series, counted from its (first, latest) pair counts. Every shown
// figure is made from these before any rounding or hiding (decision 0052). Pure.
import { type BandRange, bandIndexOf } from './distribution.ts';
import type { PairCount } from './report-input.ts';
import type { SeriesInfo } from './series-info.ts';

export type SeriesCounts = {
  peopleWithPair: number;
  /** Sums over people with a pair of their first and latest values (for the means). */
  sumFirst: number;
  sumLatest: number;
  /** People by band of their first and of their latest value, one entry per band. */
  firstByBand: number[];
  latestByBand: number[];
  /** Where the series has a reliable-change threshold. */
  reliable?: { improved: number; noChange: number; deteriorated: number };
  /** Where the series has a clinical cut-off. */
  recovery?: { casesAtFirst: number; recovered: number; notRecovered: number };
};

export function countSeries(
  pairs: readonly PairCount[],
  info: SeriesInfo,
  bands: readonly BandRange[],
): SeriesCounts {
  const counts: SeriesCounts = {
    peopleWithPair: 0,
    sumFirst: 0,
    sumLatest: 0,
    firstByBand: bands.map(() => 0),
    latestByBand: bands.map(() => 0),
  };
  const reliable = info.reliableChange ? { improved: 0, noChange: 0, deteriorated: 0 } : undefined;
  const recovery = info.caseness ? { casesAtFirst: 0, recovered: 0, notRecovered: 0 } : undefined;
  for (const { first, latest, people } of pairs) {
    if (!(people > 0)) continue;
    counts.peopleWithPair += people;
    counts.sumFirst += first * people;
    counts.sumLatest += latest * people;
    const firstBand = bandIndexOf(bands, first);
    const latestBand = bandIndexOf(bands, latest);
    counts.firstByBand[firstBand] = (counts.firstByBand[firstBand] ?? 0) + people;
    counts.latestByBand[latestBand] = (counts.latestByBand[latestBand] ?? 0) + people;
    if (reliable && info.reliableChange) {
      reliable[reliableChange(first, latest, info.reliableChange.points, info.higherIsBetter)] +=
        people;
    }
    if (recovery && info.caseness && first >= info.caseness.atOrAbove) {
      // NHS Talking Therapies' recovery: at or above the clinical cut-off ("caseness") at first,
      // below it at the latest, out of those who were at or above it at first. NHS England, NHS
      // Talking Therapies for anxiety and depression Manual (formerly the IAPT Manual), and its
      // definitions as tabled in BMC Psychiatry 2018;18:379, table 1:
      // https://bmcpsychiatry.biomedcentral.com/articles/10.1186/s12888-018-1987-1/tables/1
      // (PHQ-9 cut-off 10, GAD-7 cut-off 8; the cut-off itself comes from SeriesInfo.caseness,
      // which cites its source.)
      recovery.casesAtFirst += people;
      if (latest < info.caseness.atOrAbove) recovery.recovered += people;
      else recovery.notRecovered += people;
    }
  }
  if (reliable) counts.reliable = reliable;
  if (recovery) counts.recovery = recovery;
  return counts;
}

/**
 * Whether the change from first to latest is a reliable improvement, a reliable deterioration or
 * neither: a change of at least the published number of points, in the direction that is better
 * (higher or lower, as the measure says) or worse.
 */
export function reliableChange(
  first: number,
  latest: number,
  points: number,
  higherIsBetter: boolean,
): 'improved' | 'noChange' | 'deteriorated' {
  const better = higherIsBetter ? latest - first : first - latest;
  if (better >= points) return 'improved';
  if (-better >= points) return 'deteriorated';
  return 'noChange';
}
