import { describe, expect, it } from 'vitest';
import type { MessageKey } from '../i18n/translate.ts';
import { builtInMeasure } from '../measures/built-in.ts';
import type { Scale } from '../measures/scoring.schema.ts';
import { withScoring } from '../measures/test-support.ts';
import { STANDARD_AREAS } from '../record/life-area-framings.ts';
import { lastTwelveMonths, periodProblem } from './report-request.ts';
import { addedMeasureSeries, reportedSeries } from './report-series.ts';
import { seriesName } from './report-series-names.ts';

const byKey = (key: string) => reportedSeries().find((info) => info.series === key);

describe('the series a report follows', () => {
  it('gives PHQ-9 and GAD-7 their reliable change and the NHS Talking Therapies caseness', () => {
    expect(byKey('measure:phq-9:total')).toMatchObject({
      kind: 'measure',
      min: 0,
      max: 27,
      higherIsBetter: false,
      reliableChange: { points: 6 },
      caseness: { atOrAbove: 10 },
    });
    expect(byKey('measure:gad-7:total')).toMatchObject({
      min: 0,
      max: 21,
      reliableChange: { points: 4 },
      caseness: { atOrAbove: 8 },
    });
    expect(byKey('measure:phq-9:total')?.caseness?.source).toContain('NHS Talking Therapies');
    expect(byKey('measure:wemwbs:total')).toMatchObject({ higherIsBetter: true, min: 14, max: 70 });
    expect(byKey('measure:wemwbs:total')?.caseness).toBeUndefined();
    expect(byKey('measure:qpr-15:total')?.reliableChange).toBeUndefined();
  });

  it('follows every standard life area and built-in check-in scale, and nothing a person named', () => {
    const kinds = (kind: string) => reportedSeries().filter((info) => info.kind === kind);
    expect(kinds('life_area').map((info) => info.series)).toEqual(
      STANDARD_AREAS.map((area) => `life_area:${area.key}`),
    );
    // A series per scale and range: a 5 out of 7 is never averaged with a 5 out of 10.
    expect(kinds('checkin').map((info) => [info.series, info.min, info.max])).toEqual(
      ['mood', 'hope', 'sleep', 'energy', 'in_control'].flatMap((scale) => [
        [`checkin:${scale}:1-7`, 1, 7],
        [`checkin:${scale}:0-10`, 0, 10],
      ]),
    );
    expect(reportedSeries().some((info) => info.series.includes('own-'))).toBe(false);
    const keys = reportedSeries().map((info) => info.series);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('names each series in the reader’s words, a measure by its published name', () => {
    const t = (key: MessageKey) => `<${key}>`;
    expect(seriesName('checkin:mood:1-7', t)).toBe('<checkins.scale.mood> (1–7)');
    expect(seriesName('checkin:mood:0-10', t)).toBe('<checkins.scale.mood> (0–10)');
    expect(seriesName('life_area:home', t)).toBe('<lifeArea.default.home>');
    expect(seriesName('measure:phq-9:total', t)).toBe('PHQ-9');
    expect(seriesName('life_area:unknown', t)).toBe('life_area:unknown');
  });
});

describe('the series of a measure a service uploaded', () => {
  /** A service's copy of GAD-7's structure: a total, and a second scale of its first two items. */
  const upload = (better?: 'higher' | 'lower') =>
    withScoring(builtInMeasure('gad-7'), (rules) => ({
      scales: [
        { ...(rules.scales[0] as Scale), ...(better ? { better } : {}) },
        {
          id: 'first-two',
          method: 'sum',
          items: ['gad7-1', 'gad7-2'],
          missing: { prorateIfAtMost: 0 },
        },
      ],
    }));

  it('follows each scale that says which way is better, named by the measure’s title', () => {
    const series = addedMeasureSeries([
      { id: 'm-1', title: 'Worry check', questionnaire: upload('lower') },
    ]);
    // The second scale does not say which way is better: left out, not guessed.
    expect(series).toHaveLength(1);
    expect(series[0]).toMatchObject({
      series: 'measure:m-1:total',
      kind: 'measure',
      title: 'Worry check',
      min: 0,
      max: 21,
      higherIsBetter: false,
      reliableChange: { points: 4 },
    });
    expect(series[0]?.bands?.map((band) => band.id)).toEqual([
      'minimal',
      'mild',
      'moderate',
      'severe',
    ]);
    // Recovery is PHQ-9's and GAD-7's, by their published cut-offs, never an upload's.
    expect(series[0]?.caseness).toBeUndefined();
    expect(seriesName('measure:m-1:total', (key) => key, 'Worry check')).toBe('Worry check');
    expect(seriesName('measure:m-1:first-two', (key) => key, 'Worry check')).toBe(
      'Worry check (first-two)',
    );
  });

  it('follows nothing of a measure that does not say which way is better', () => {
    expect(addedMeasureSeries([{ id: 'm-2', title: 'Sleep', questionnaire: upload() }])).toEqual(
      [],
    );
    const unscored = { ...builtInMeasure('gad-7'), extension: [] };
    expect(addedMeasureSeries([{ id: 'm-3', title: 'Plain', questionnaire: unscored }])).toEqual(
      [],
    );
  });
});

describe('a report’s period', () => {
  it('is at least one month, and at most 120', () => {
    expect(periodProblem('2026-03', '2026-03')).toBeNull();
    expect(periodProblem('2026-03', '2026-02')).toBe('WM_REPORT_PERIOD_BACKWARDS');
    expect(periodProblem('2016-12', '2026-11')).toBeNull();
    expect(periodProblem('2016-11', '2026-11')).toBe('WM_REPORT_PERIOD_TOO_LONG');
  });

  it('starts as this month and the eleven before it', () => {
    expect(lastTwelveMonths(new Date('2026-11-30T21:00:00Z'))).toEqual({
      from: '2025-12',
      to: '2026-11',
    });
    expect(lastTwelveMonths(new Date('2026-01-01T00:00:00Z'))).toEqual({
      from: '2025-02',
      to: '2026-01',
    });
  });
});
