import { describe, expect, it } from 'vitest';
import { wordsFor } from '../i18n/said.ts';
import { pointsOf } from './chart.ts';
import { DEFAULT_CHECKIN_SETTINGS } from './checkins.schema.ts';
import { buildCheckinChart, chartRange, utcRange } from './series.ts';

const worded = (result: unknown) => {
  const problem = result as { field: string; message: string };
  return { ...problem, message: wordsFor(problem.message) };
};

const ALL = { period: 'all', from: null, to: null } as const;

describe('Trend lines from check-ins', () => {
  const checkin = (id: string, takenAt: string, scores: Record<string, number>) => ({
    id,
    takenAt,
    scores,
    forMeOnly: id === 'b',
    hasNote: id === 'a',
  });

  it('gives each scale in use a line of its points, in time order, even with none yet', () => {
    const chart = buildCheckinChart(
      DEFAULT_CHECKIN_SETTINGS,
      [
        checkin('a', '2026-11-01T09:00:00.000Z', { mood: 3, hope: 4 }),
        checkin('b', '2026-11-02T09:00:00.000Z', { mood: 5 }),
      ],
      ALL,
    );
    expect(chart.scales.map((line) => line.id)).toEqual(['mood', 'hope', 'sleep']);
    expect(chart.scales[0]).toMatchObject({ builtIn: true, min: 1, max: 7, name: null });
    expect(pointsOf(chart, 0)).toEqual([
      {
        checkinId: 'a',
        takenAt: '2026-11-01T09:00:00.000Z',
        value: 3,
        forMeOnly: false,
        hasNote: true,
      },
      {
        checkinId: 'b',
        takenAt: '2026-11-02T09:00:00.000Z',
        value: 5,
        forMeOnly: true,
        hasNote: false,
      },
    ]);
    // A check-in that skipped hope is no point on hope's line.
    expect(pointsOf(chart, 1).map((point) => point.checkinId)).toEqual(['a']);
    expect(pointsOf(chart, 2)).toEqual([]);
  });

  it('sends each check-in once, with one column of values per scale', () => {
    const chart = buildCheckinChart(
      DEFAULT_CHECKIN_SETTINGS,
      [
        checkin('a', '2026-11-01T09:00:00.000Z', { mood: 3, hope: 4 }),
        checkin('b', '2026-11-02T09:00:00.000Z', { mood: 5 }),
      ],
      ALL,
    );
    expect(chart).toEqual({
      ...ALL,
      checkins: {
        ids: ['a', 'b'],
        takenAt: ['2026-11-01T09:00:00.000Z', '2026-11-02T09:00:00.000Z'],
        forMeOnly: [false, true],
        hasNote: [true, false],
      },
      scales: [
        expect.objectContaining({ id: 'mood', values: [3, 5] }),
        expect.objectContaining({ id: 'hope', values: [4, null] }),
        expect.objectContaining({ id: 'sleep', values: [null, null] }),
      ],
    });
  });

  it('keeps a line for a scale no longer in use only while it has points', () => {
    const settings = {
      ...DEFAULT_CHECKIN_SETTINGS,
      scales: DEFAULT_CHECKIN_SETTINGS.scales.map((s) => ({ ...s, active: s.id === 'mood' })),
    };
    const chart = buildCheckinChart(
      settings,
      [checkin('a', '2026-11-01T09:00:00.000Z', { energy: 2 })],
      ALL,
    );
    expect(chart.scales.map((line) => [line.id, line.active])).toEqual([
      ['mood', true],
      ['energy', false],
    ]);
  });
});

describe('Chart ranges', () => {
  it('reads dates as whole UTC days and moments as they are', () => {
    expect(utcRange({ from: '2026-11-01', to: '2026-11-30' })).toEqual({
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-11-30T23:59:59.999Z',
    });
    expect(utcRange({ from: '2026-11-01T09:00:00+01:00' })).toEqual({
      from: '2026-11-01T08:00:00.000Z',
      to: '9999-12-31T23:59:59.999Z',
    });
    expect(utcRange({})).toEqual({
      from: '2000-01-01T00:00:00.000Z',
      to: '9999-12-31T23:59:59.999Z',
    });
  });

  it('refuses a start after the end, naming "from"', () => {
    expect(worded(utcRange({ from: '2026-12-01', to: '2026-11-01' }))).toEqual({
      field: 'querystring.from',
      message: 'The start must not be after the end',
    });
  });
});

describe('Chart periods', () => {
  const now = new Date('2026-11-25T10:00:00Z');

  it('starts 3 months or a year back at the start of that UTC day, and "all" has no start', () => {
    expect(chartRange({ period: '3m' }, now, null)).toEqual({
      window: { period: '3m', from: '2026-08-25T00:00:00.000Z', to: null },
      range: { from: '2026-08-25T00:00:00.000Z', to: '9999-12-31T23:59:59.999Z' },
    });
    expect(chartRange({ period: '1y' }, now, null)).toMatchObject({
      window: { period: '1y', from: '2025-11-25T00:00:00.000Z', to: null },
    });
    expect(chartRange({ period: 'all' }, now, null)).toEqual({
      window: { period: 'all', from: null, to: null },
      range: { from: '2000-01-01T00:00:00.000Z', to: '9999-12-31T23:59:59.999Z' },
    });
  });

  it('goes back to the last day of a shorter month, and across a year', () => {
    const start = (period: '3m' | '1y', at: string) => {
      const chosen = chartRange({ period }, new Date(at), null);
      return 'window' in chosen ? chosen.window.from : chosen;
    };
    expect(start('3m', '2026-05-31T23:59:00Z')).toBe('2026-02-28T00:00:00.000Z');
    expect(start('3m', '2026-02-10T00:00:00Z')).toBe('2025-11-10T00:00:00.000Z');
    expect(start('1y', '2028-02-29T12:00:00Z')).toBe('2027-02-28T00:00:00.000Z');
  });

  it('uses the fallback when nothing is asked for, and dates as they are', () => {
    expect(chartRange({}, now, '3m')).toMatchObject({ window: { period: '3m' } });
    expect(chartRange({}, now, null)).toMatchObject({
      window: { period: null, from: null, to: null },
    });
    expect(chartRange({ from: '2026-11-01', to: '2026-11-02' }, now, '3m')).toEqual({
      window: { period: null, from: '2026-11-01T00:00:00.000Z', to: '2026-11-02T23:59:59.999Z' },
      range: { from: '2026-11-01T00:00:00.000Z', to: '2026-11-02T23:59:59.999Z' },
    });
  });

  it('refuses a period and dates together, naming "period"', () => {
    expect(worded(chartRange({ period: '1y', from: '2026-11-01' }, now, '3m'))).toEqual({
      field: 'querystring.period',
      message: 'Choose a period or dates, not both',
    });
  });
});
