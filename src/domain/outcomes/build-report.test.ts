import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildOutcomeReport } from './build-report.ts';
import { outcomeReportSchema, type SeriesReport } from './report.schema.ts';
import type { OutcomeInput, PairCount } from './report-input.ts';
import { reliableChange } from './series-counts.ts';
import type { SeriesInfo } from './series-info.ts';
import { HIDDEN, SUPPRESSION_PRESETS, type SuppressionPolicy } from './suppression.ts';
import { ALL_SERIES, GAD_7, HOUSING, MOOD, PHQ_9, pairCounts, QPR_15 } from './test-support.ts';

const strictest = SUPPRESSION_PRESETS.strictest;
const secondaryCare = SUPPRESSION_PRESETS['nhs-secondary-care'];
/** Shows every count as it is: for checking the arithmetic behind the rounding. */
const exact: SuppressionPolicy = { name: 'exact', hideBelow: 0, hideZero: false, roundTo: 1 };

function input(series: { series: string; pairs: PairCount[] }[], more: Partial<OutcomeInput> = {}) {
  return { peopleCounted: 500, goalsSet: 40, goalsAchieved: 12, reviewsHeld: 23, series, ...more };
}

function reportOf(info: SeriesInfo, pairs: PairCount[], policy: SuppressionPolicy = strictest) {
  const report = buildOutcomeReport(input([{ series: info.series, pairs }]), [info], policy);
  return report.series[0] as SeriesReport;
}

describe('Outcome report', () => {
  it('counts people with a pair and works out the means from unrounded counts', () => {
    const series = reportOf(MOOD, [
      { first: 1, latest: 3, people: 9 },
      { first: 2, latest: 4, people: 11 },
      { first: 4, latest: 4, people: 12 },
    ]);
    expect(series.peopleWithPair).toBe(30); // 32, rounded to the nearest 5
    // (9 + 22 + 48) / 32 = 2.47; (27 + 44 + 48) / 32 = 3.72; from the rounded counts it would differ.
    expect(series.mean).toEqual({ first: 2.5, latest: 3.7, change: 1.3 });
  });

  it('goes through the policy for the whole report’s counts', () => {
    const report = buildOutcomeReport(
      input([], { peopleCounted: 57, goalsSet: 24, goalsAchieved: 2, reviewsHeld: 0 }),
      [],
      secondaryCare,
    );
    expect(report).toMatchObject({
      policy: secondaryCare,
      peopleCounted: 55,
      goalsSet: 25,
      goalsAchieved: HIDDEN,
      reviewsHeld: 0,
      series: [],
    });
  });

  it('counts each band of a narrow scale, first and latest', () => {
    const series = reportOf(
      MOOD,
      [
        { first: 1, latest: 3, people: 9 },
        { first: 2, latest: 4, people: 11 },
        { first: 4, latest: 4, people: 12 },
      ],
      exact,
    );
    expect(
      series.distribution.map(({ min, max, first, latest }) => [min, max, first, latest]),
    ).toEqual([
      [1, 1, 9, 0],
      [2, 2, 11, 0],
      [3, 3, 0, 9],
      [4, 4, 12, 23],
      [5, 5, 0, 0],
    ]);
  });

  it('uses a measure’s own bands for a wide score, and equal bands without them', () => {
    const phq = reportOf(PHQ_9, [{ first: 12, latest: 4, people: 20 }], exact);
    expect(
      phq.distribution.map((band) => [band.bandId, band.min, band.max, band.first, band.latest]),
    ).toEqual([
      ['minimal', 0, 4, 0, 20],
      ['mild', 5, 9, 0, 0],
      ['moderate', 10, 14, 20, 0],
      ['moderately-severe', 15, 19, 0, 0],
      ['severe', 20, 27, 0, 0],
    ]);
    const qpr = reportOf(QPR_15, [{ first: 11, latest: 60, people: 20 }], exact);
    expect(qpr.distribution.map((band) => [band.min, band.max, band.first, band.latest])).toEqual([
      [0, 11, 20, 0],
      [12, 23, 0, 0],
      [24, 35, 0, 0],
      [36, 47, 0, 0],
      [48, 60, 0, 20],
    ]);
  });

  it('judges reliable change by the threshold, in the direction that is better', () => {
    expect(reliableChange(20, 14, 6, false)).toBe('improved'); // exactly the threshold
    expect(reliableChange(20, 15, 6, false)).toBe('noChange');
    expect(reliableChange(14, 20, 6, false)).toBe('deteriorated');
    expect(reliableChange(14, 20, 6, true)).toBe('improved');
    expect(reliableChange(20, 14, 6, true)).toBe('deteriorated');
  });

  it('counts reliable improvement, no change and deterioration with shares from unrounded counts', () => {
    const series = reportOf(PHQ_9, [
      { first: 20, latest: 10, people: 13 }, // improved
      { first: 15, latest: 12, people: 18 }, // no reliable change
      { first: 8, latest: 16, people: 9 }, // deteriorated
    ]);
    expect(series.reliableChange).toMatchObject({
      points: 6,
      improved: 15,
      noChange: 20,
      deteriorated: 10,
      // 13 / 40 = 32.5% → 33, where the rounded 15 / 40 would say 38.
      improvedPercent: 33,
      noChangePercent: 45,
      deterioratedPercent: 23,
    });
  });

  it('counts recovery in the NHS Talking Therapies sense: at or above the cut-off, then below', () => {
    const series = reportOf(
      PHQ_9,
      [
        { first: 15, latest: 9, people: 11 }, // recovered
        { first: 10, latest: 10, people: 9 }, // still at the cut-off: not recovered
        { first: 9, latest: 2, people: 30 }, // below the cut-off at first: not a case
      ],
      exact,
    );
    expect(series.recovery).toMatchObject({
      atOrAbove: 10,
      casesAtFirst: 20,
      recovered: 11,
      notRecovered: 9,
      recoveredPercent: 55,
    });
    const gad = reportOf(GAD_7, [{ first: 8, latest: 7, people: 10 }], exact);
    expect(gad.recovery).toMatchObject({ casesAtFirst: 10, recovered: 10, recoveredPercent: 100 });
  });

  it('gives no reliable change or recovery where the series publishes none', () => {
    const series = reportOf(QPR_15, [{ first: 10, latest: 30, people: 20 }]);
    expect(series.reliableChange).toBeNull();
    expect(series.recovery).toBeNull();
  });

  it('hides means and shares when a count behind them is hidden', () => {
    const series = reportOf(PHQ_9, [
      { first: 20, latest: 10, people: 3 },
      { first: 15, latest: 12, people: 2 },
    ]);
    expect(series.peopleWithPair).toBe(HIDDEN);
    expect(series.mean).toEqual({ first: HIDDEN, latest: HIDDEN, change: HIDDEN });
    expect(series.reliableChange?.improvedPercent).toBe(HIDDEN);
    expect(series.recovery?.recoveredPercent).toBe(HIDDEN);
  });

  it('hides a share whose own count is hidden, and hides a second count beside it', () => {
    const series = reportOf(HOUSING, [
      { first: 2, latest: 8, people: 30 }, // improved
      { first: 5, latest: 5, people: 20 }, // no change
      { first: 7, latest: 2, people: 3 }, // deteriorated: hidden
    ]);
    const figures = series.reliableChange;
    expect(figures?.deteriorated).toBe(HIDDEN);
    expect(figures?.deterioratedPercent).toBe(HIDDEN);
    expect([figures?.improved, figures?.noChange]).toContain(HIDDEN);
  });

  it('has no mean or share over nobody, where the policy shows a 0', () => {
    const series = reportOf(PHQ_9, [], secondaryCare);
    expect(series.peopleWithPair).toBe(0);
    expect(series.mean).toEqual({ first: null, latest: null, change: null });
    expect(series.reliableChange?.improvedPercent).toBeNull();
    expect(series.recovery?.recoveredPercent).toBeNull();
  });

  it('reports only the series it is told about, in that order, and adds up repeated ones', () => {
    const report = buildOutcomeReport(
      input([
        {
          series: 'checkin:custom-words-of-the-person',
          pairs: [{ first: 1, latest: 2, people: 50 }],
        },
        { series: MOOD.series, pairs: [{ first: 1, latest: 2, people: 10 }] },
        { series: MOOD.series, pairs: [{ first: 1, latest: 2, people: 10 }] },
      ]),
      [PHQ_9, MOOD],
      strictest,
    );
    expect(report.series.map((series) => series.series)).toEqual([PHQ_9.series, MOOD.series]);
    expect(report.series[1]?.peopleWithPair).toBe(20);
    expect(JSON.stringify(report)).not.toContain('custom-words');
  });

  it('always gives a report the shared schema accepts, with counts shown as the policy says', () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom(...ALL_SERIES)
          .chain((info) => fc.tuple(fc.constant(info), pairCounts(info, 40))),
        fc.constantFrom(...Object.values(SUPPRESSION_PRESETS)),
        ([info, pairs], policy) => {
          const report = buildOutcomeReport(
            input([{ series: info.series, pairs }]),
            [info],
            policy,
          );
          expect(outcomeReportSchema.parse(report)).toEqual(report);
          const series = report.series[0] as SeriesReport;
          const reliable = series.reliableChange;
          const recovery = series.recovery;
          const counts = [
            series.peopleWithPair,
            ...series.distribution.flatMap((band) => [band.first, band.latest]),
            ...(reliable ? [reliable.improved, reliable.noChange, reliable.deteriorated] : []),
            ...(recovery ? [recovery.casesAtFirst, recovery.recovered, recovery.notRecovered] : []),
          ];
          for (const count of counts) {
            if (count !== HIDDEN) expect(count % policy.roundTo).toBe(0);
            if (count !== HIDDEN && policy.hideZero)
              expect(count).toBeGreaterThanOrEqual(policy.hideBelow);
          }
          const truth = pairs.reduce((sum, pair) => sum + pair.people, 0);
          if (series.peopleWithPair !== HIDDEN) {
            expect(Math.abs(series.peopleWithPair - truth)).toBeLessThanOrEqual(policy.roundTo / 2);
          }
        },
      ),
    );
  });
});
