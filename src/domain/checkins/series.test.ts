import { describe, expect, it } from 'vitest';
import { DEFAULT_CHECKIN_SETTINGS } from './checkins.schema.ts';
import { buildSeries, utcRange } from './series.ts';

describe('Trend lines from check-ins', () => {
  const checkin = (id: string, takenAt: string, scores: Record<string, number>) => ({
    id,
    takenAt,
    scores,
    forMeOnly: id === 'b',
    hasNote: id === 'a',
  });

  it('gives each scale in use a line of its points, in time order, even with none yet', () => {
    const lines = buildSeries(DEFAULT_CHECKIN_SETTINGS, [
      checkin('a', '2026-11-01T09:00:00.000Z', { mood: 3, hope: 4 }),
      checkin('b', '2026-11-02T09:00:00.000Z', { mood: 5 }),
    ]);
    expect(lines.map((line) => line.id)).toEqual(['mood', 'hope', 'sleep']);
    expect(lines[0]).toMatchObject({ builtIn: true, min: 1, max: 7, name: null });
    expect(lines[0]?.points).toEqual([
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
    expect(lines[2]?.points).toEqual([]);
  });

  it('keeps a line for a scale no longer in use only while it has points', () => {
    const settings = {
      ...DEFAULT_CHECKIN_SETTINGS,
      scales: DEFAULT_CHECKIN_SETTINGS.scales.map((s) => ({ ...s, active: s.id === 'mood' })),
    };
    const lines = buildSeries(settings, [checkin('a', '2026-11-01T09:00:00.000Z', { energy: 2 })]);
    expect(lines.map((line) => [line.id, line.active])).toEqual([
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
    expect(utcRange({ from: '2026-12-01', to: '2026-11-01' })).toEqual({
      field: 'querystring.from',
      message: 'The start must not be after the end',
    });
  });
});
