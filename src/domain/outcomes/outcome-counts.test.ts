// What one person adds to the kept outcome counts (decision 0055), worked by hand: the periods
// a month is in, the pair of each period, someone in two teams of a service once, a gap between
// connections, and the difference a write makes.
import { describe, expect, it } from 'vitest';
import { keptPeriodStart, keptPeriodsHolding, serviceScope } from './kept-periods.ts';
import {
  countChanges,
  type OutcomeCounts,
  personOutcomeCounts,
  scopeSpans,
  type TeamLink,
} from './outcome-counts.ts';
import type { OutcomeMonthValue } from './outcome-values.ts';

const S = serviceScope('s1');
const link = (createdAt: string, endedAt: string | null = null): TeamLink => ({
  serviceId: 's1',
  createdAt: `${createdAt}-01T09:00:00.000Z`,
  endedAt: endedAt ? `${endedAt}-15T09:00:00.000Z` : null,
});
const month = (m: string, first: number, last = first): OutcomeMonthValue => ({
  series: 'checkin:mood:1-7',
  month: m,
  firstAt: `${m}-02T09:00:00Z`,
  firstValue: first,
  lastAt: `${m}-20T09:00:00Z`,
  lastValue: last,
});
/** People counted for a period, as the report sums the member rows. */
const peopleIn = (counts: OutcomeCounts, from: string, to: string) =>
  [...counts.members.values()]
    .filter((row) => row.from <= to && row.to >= from)
    .reduce((sum, row) => sum + row.people, 0);

describe('kept periods', () => {
  it('keeps exactly the 12-month periods, calendar years among them', () => {
    expect(keptPeriodStart({ fromMonth: '2026-01', toMonth: '2026-12' })).toBe('2026-01');
    expect(keptPeriodStart({ fromMonth: '2025-12', toMonth: '2026-11' })).toBe('2025-12');
    expect(keptPeriodStart({ fromMonth: '2026-09', toMonth: '2026-11' })).toBeNull();
    expect(keptPeriodStart({ fromMonth: '2025-01', toMonth: '2026-12' })).toBeNull();
  });

  it('finds the 12 periods a month is in, across a new year', () => {
    const periods = keptPeriodsHolding(['2026-03']);
    expect(periods).toHaveLength(12);
    expect(periods[0]).toBe('2025-04');
    expect(periods[11]).toBe('2026-03');
  });
});

describe('what one person adds', () => {
  it('counts the first and latest value of each period, once in a service of two teams', () => {
    const counts = personOutcomeCounts({
      links: [link('2026-01'), link('2026-02')],
      values: { rows: [month('2026-02', 3, 4), month('2026-05', 6)] },
      members: true,
    });
    // The period from 2026-02: first 3 (February's first), latest 6 (May's last).
    expect(counts.pairs.get(`${S}\t2026-02\tcheckin:mood:1-7\t3\t6`)?.people).toBe(1);
    // From 2026-03 only May is in it, at one month: first 6, latest 6, at different times.
    expect(counts.pairs.get(`${S}\t2026-03\tcheckin:mood:1-7\t6\t6`)?.people).toBe(1);
    expect(peopleIn(counts, '2026-01', '2026-12')).toBe(1);
  });

  it('counts nobody twice across a gap between connections, and nobody outside them', () => {
    const spans = scopeSpans([link('2025-01', '2025-03'), link('2025-09', '2025-10')]);
    expect(spans.get(S)).toEqual([
      { from: '2025-01', to: '2025-03' },
      { from: '2025-09', to: '2025-10' },
    ]);
    const counts = personOutcomeCounts({
      links: [link('2025-01', '2025-03'), link('2025-09', '2025-10')],
      members: true,
    });
    expect(peopleIn(counts, '2025-01', '2025-12')).toBe(1);
    expect(peopleIn(counts, '2025-04', '2025-08')).toBe(0);
    expect(peopleIn(counts, '2025-10', '2025-10')).toBe(1);
    expect(peopleIn(counts, '2025-11', '2026-10')).toBe(0);
  });

  it('leaves out two values at one time, and periods the person was not connected in', () => {
    const once = { ...month('2026-04', 5), lastAt: '2026-04-02T09:00:00Z' };
    expect(
      personOutcomeCounts({ links: [link('2026-01')], values: { rows: [once] } }).pairs.size,
    ).toBe(0);
    const late = personOutcomeCounts({
      links: [link('2026-08')],
      values: { rows: [month('2026-02', 3, 4)] },
    });
    // Only periods reaching August, when the connection started, count February's pair.
    expect([...late.pairs.values()].map((row) => row.from)).toEqual([
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
  });

  it('moves only what a write changed', () => {
    const before = personOutcomeCounts({
      links: [link('2026-01')],
      values: { rows: [month('2026-02', 3, 4)], periods: ['2026-02'] },
    });
    const after = personOutcomeCounts({
      links: [link('2026-01')],
      values: { rows: [month('2026-02', 3, 6)], periods: ['2026-02'] },
    });
    const changes = countChanges(before, after);
    expect([...changes.pairs.values()].map((row) => [row.first, row.latest, row.people])).toEqual([
      [3, 4, -1],
      [3, 6, 1],
    ]);
    expect(countChanges(after, after).pairs.size).toBe(0);
  });

  it('counts goals and reviews in each period that holds them', () => {
    const counts = personOutcomeCounts({
      links: [link('2026-01')],
      goals: [{ createdMonth: '2026-02', achievedMonth: '2026-05' }],
      reviewMonths: ['2026-03', '2026-03'],
    });
    expect(counts.periods.get(`${S}\t2026-02`)).toMatchObject({
      goalsSet: 1,
      goalsAchieved: 1,
      reviewsHeld: 2,
    });
    expect(counts.periods.get(`${S}\t2026-04`)).toMatchObject({
      goalsSet: 0,
      goalsAchieved: 1,
      reviewsHeld: 0,
    });
  });
});
