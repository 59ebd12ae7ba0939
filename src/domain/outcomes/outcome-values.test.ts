import { describe, expect, it } from 'vitest';
import { STANDARD_AREAS, standardAreaKey } from '../record/life-area-framings.ts';
import {
  checkinValues,
  monthValues,
  nextMonth,
  observationValue,
  ratingSetValues,
} from './outcome-values.ts';

describe('What the outcome rollup takes from a record', () => {
  it('takes built-in check-in scales only, whole numbers only', () => {
    const values = checkinValues(
      {
        id: 'c1',
        takenAt: '2026-03-04T08:00:00.000Z',
        scores: { mood: 4, 'own-walks': 6, hope: 2.5, sleep: 3 },
      },
      (scale) => (scale === 'sleep' ? '0-10' : '1-7'),
    );
    // Each under the range the person keeps that scale on.
    expect(values.map((v) => [v.series, v.value])).toEqual([
      ['checkin:mood:1-7', 4],
      ['checkin:sleep:0-10', 3],
    ]);
  });

  it('takes ratings of standard areas only, each at the set’s date', () => {
    const keys = new Map([['area-home', 'home']]);
    const values = ratingSetValues(
      {
        id: 'r1',
        createdAt: '2026-03-05T10:00:00.000Z',
        date: '2026-03-04',
        ratings: [
          { lifeAreaId: 'area-home', score: 5 },
          { lifeAreaId: 'my-own', score: 2 },
        ],
      },
      (id) => keys.get(id),
    );
    expect(values).toEqual([
      {
        series: 'life_area:home',
        at: '2026-03-04',
        tieBreak: '2026-03-05T10:00:00.000Z|r1',
        value: 5,
      },
    ]);
  });

  it('rounds a score that is not whole, and leaves out one that is not a number', () => {
    const score = (value: string) =>
      observationValue({
        responseId: 'x',
        measureId: 'phq-9',
        scaleId: 'total',
        value,
        effectiveAt: '2026-03-04T09:00:00.000Z',
      });
    expect(score('12.6')[0]?.value).toBe(13);
    expect(score('12')[0]?.series).toBe('measure:phq-9:total');
    expect(score('')).toEqual([]);
    expect(score('not a number')).toEqual([]);
  });

  it('keeps each month’s first and last value, equal times put in order by their tie-break', () => {
    const v = (at: string, tieBreak: string, value: number) => ({
      series: 'checkin:mood:1-7',
      at,
      tieBreak,
      value,
    });
    const months = monthValues([
      v('2026-03-20T08:00:00Z', 'b', 5),
      v('2026-03-02T08:00:00Z', 'a', 3),
      v('2026-03-20T08:00:00Z', 'a', 4),
      v('2026-04-01T00:00:00Z', 'c', 6),
    ]);
    expect(months).toEqual([
      {
        series: 'checkin:mood:1-7',
        month: '2026-03',
        firstAt: '2026-03-02T08:00:00Z',
        firstValue: 3,
        lastAt: '2026-03-20T08:00:00Z',
        lastValue: 5,
      },
      {
        series: 'checkin:mood:1-7',
        month: '2026-04',
        firstAt: '2026-04-01T00:00:00Z',
        firstValue: 6,
        lastAt: '2026-04-01T00:00:00Z',
        lastValue: 6,
      },
    ]);
  });

  it('counts months across a year’s end', () => {
    expect(nextMonth('2026-12')).toBe('2027-01');
    expect(nextMonth('2026-09')).toBe('2026-10');
  });

  it('keys a standard area by the words it was made from, the same words the same key', () => {
    expect(standardAreaKey('lifeArea.default.home')).toBe('home');
    expect(standardAreaKey('framing.recovery.area.meaning')).toBe('recovery.meaning');
    expect(standardAreaKey('framing.connection.area.meaning')).toBe('connection.meaning');
    const keys = STANDARD_AREAS.map((area) => area.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('family');
    expect(keys.filter((key) => key === 'home')).toHaveLength(1);
  });
});
