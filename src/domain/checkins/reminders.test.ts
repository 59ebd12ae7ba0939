import { describe, expect, it } from 'vitest';
import {
  addDays,
  checkinDue,
  crisisPlanReviewDue,
  daysBetween,
  isPlausibleToday,
} from './reminders.ts';

describe('Check-in reminders', () => {
  it('never reminds a person who turned reminders off', () => {
    expect(checkinDue('off', null, '2026-11-25')).toEqual({
      due: false,
      frequency: 'off',
      lastCheckinOn: null,
      nextDueOn: null,
    });
    expect(checkinDue('off', '2020-01-01', '2026-11-25').due).toBe(false);
  });

  it('asks for a first check-in on the day reminders start', () => {
    expect(checkinDue('weekly', null, '2026-11-25')).toMatchObject({
      due: true,
      nextDueOn: '2026-11-25',
    });
  });

  it.each([
    ['daily', '2026-11-25', false, '2026-11-26'],
    ['daily', '2026-11-24', true, '2026-11-25'],
    ['every_few_days', '2026-11-23', false, '2026-11-26'],
    ['every_few_days', '2026-11-22', true, '2026-11-25'],
    ['weekly', '2026-11-19', false, '2026-11-26'],
    ['weekly', '2026-11-18', true, '2026-11-25'],
    ['weekly', '2026-10-01', true, '2026-10-08'],
  ] as const)(
    '%s, last on %s: due today (25 Nov) is %s, next due %s',
    (frequency, last, due, next) => {
      expect(checkinDue(frequency, last, '2026-11-25')).toEqual({
        due,
        frequency,
        lastCheckinOn: last,
        nextDueOn: next,
      });
    },
  );

  it('is not due after a check-in dated later than today (another time zone)', () => {
    expect(checkinDue('daily', '2026-11-26', '2026-11-25').due).toBe(false);
  });

  it('counts days across month, year and leap-day boundaries', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-29', 7)).toBe('2027-01-05');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2); // across the clock change
  });
});

describe('Crisis plan review', () => {
  it('is due when the plan was never reviewed', () => {
    expect(crisisPlanReviewDue(null, '2026-11-25')).toEqual({
      due: true,
      lastReviewed: null,
      reason: 'never_reviewed',
    });
  });

  it('is due once six months have passed, not the day before', () => {
    expect(crisisPlanReviewDue('2026-05-25', '2026-11-25').due).toBe(false);
    expect(crisisPlanReviewDue('2026-05-24', '2026-11-25')).toEqual({
      due: true,
      lastReviewed: '2026-05-24',
      reason: 'over_six_months',
    });
    expect(crisisPlanReviewDue('2026-11-01', '2026-11-25').due).toBe(false);
  });
});

describe("The person's today", () => {
  const now = new Date('2026-11-25T23:30:00Z');
  it.each([
    ['2026-11-25', true],
    ['2026-11-26', true],
    ['2026-11-24', true],
    ['2026-11-27', false],
    ['2025-11-25', false],
  ])('%s is plausible: %s', (today, plausible) => {
    expect(isPlausibleToday(today, now)).toBe(plausible);
  });
});
