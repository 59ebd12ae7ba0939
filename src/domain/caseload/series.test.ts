// Measure series for the caseload from shared observations (issue 14).
import { describe, expect, it } from 'vitest';
import { caseloadRow } from './caseload.ts';
import { measureSeriesFrom, type ObservationPoint } from './series.ts';

const SNOMED = 'http://snomed.info/sct';
const point = (over: Partial<ObservationPoint>): ObservationPoint => ({
  measureId: 'phq-9',
  scaleId: 'total',
  system: SNOMED,
  code: '720433000',
  value: 10,
  effectiveAt: '2026-11-01T09:00:00Z',
  forMeOnly: false,
  ...over,
});

describe('measure series from observations', () => {
  it('groups by measure, puts scores in time order and leaves out what is for the person only', () => {
    const series = measureSeriesFrom(
      [
        point({ value: 9, effectiveAt: '2026-11-20T09:00:00Z' }),
        point({ value: 17, effectiveAt: '2026-10-01T09:00:00Z' }),
        point({ value: 27, effectiveAt: '2026-11-25T09:00:00Z', forMeOnly: true }),
        point({ measureId: 'gad-7', code: '445455005', value: 5 }),
      ],
      { 'phq-9': 'PHQ-9' },
    );
    expect(series.map((one) => [one.title, one.scores.map((s) => s.value)])).toEqual([
      ['PHQ-9', [17, 9]],
      ['gad-7', [5]],
    ]);
    // Known by the total's code: a PHQ-9 fall of 8 is a reliable improvement.
    const row = caseloadRow(
      {
        personId: 'p',
        name: 'Sam',
        teamId: 't',
        lastCheckIn: null,
        measures: series,
        lifeAreaRatings: [],
        suggestionsWaiting: 0,
      },
      { today: '2026-11-30' },
    );
    expect(row.measures[0]).toMatchObject({
      latest: 9,
      previous: 17,
      reliableChange: 'improvement',
    });
  });
});
