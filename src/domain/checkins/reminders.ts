// What is due for the person today: a check-in, at the rhythm they chose, and a review of
// their crisis plan when it is more than six months old. Pure: no I/O, no clock; the caller
// passes "today" as the person's own calendar date (YYYY-MM-DD).
import { crisisPlanNeedsReview } from '../record/plans.schema.ts';
import type { ReminderFrequency } from './checkins.schema.ts';

/** "Every few days" is every third day: often enough to notice a change, not a daily chore. */
export const REMINDER_INTERVAL_DAYS: Record<Exclude<ReminderFrequency, 'off'>, number> = {
  daily: 1,
  every_few_days: 3,
  weekly: 7,
};

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export type CheckinDue = {
  due: boolean;
  frequency: ReminderFrequency;
  lastCheckinOn: string | null;
  /** The first day a check-in is (or was) due; null when reminders are off. */
  nextDueOn: string | null;
};

export function checkinDue(
  frequency: ReminderFrequency,
  lastCheckinOn: string | null,
  today: string,
): CheckinDue {
  if (frequency === 'off') return { due: false, frequency, lastCheckinOn, nextDueOn: null };
  if (lastCheckinOn === null) return { due: true, frequency, lastCheckinOn, nextDueOn: today };
  const nextDueOn = addDays(lastCheckinOn, REMINDER_INTERVAL_DAYS[frequency]);
  return { due: nextDueOn <= today, frequency, lastCheckinOn, nextDueOn };
}

export type CrisisPlanReviewDue = {
  due: boolean;
  lastReviewed: string | null;
  reason: 'never_reviewed' | 'over_six_months' | null;
};

export function crisisPlanReviewDue(
  lastReviewed: string | null,
  today: string,
): CrisisPlanReviewDue {
  if (!crisisPlanNeedsReview(lastReviewed, today))
    return { due: false, lastReviewed, reason: null };
  return { due: true, lastReviewed, reason: lastReviewed ? 'over_six_months' : 'never_reviewed' };
}

/**
 * The person's "today" may be a day either side of the server's UTC date (time zones run
 * from UTC−12 to UTC+14); anything further away is a mistake, not a time zone.
 */
export function isPlausibleToday(today: string, serverNow: Date): boolean {
  return Math.abs(daysBetween(serverNow.toISOString().slice(0, 10), today)) <= 1;
}
