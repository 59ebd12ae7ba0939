// When a crisis plan is due for review. Kept apart from the schemas (and zod) so the web
// pages that only show the reminder stay small.

/** Six calendar months on, kept to the end of a shorter month: 31 August → 28/29 February. */
export function sixMonthsAfter(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + 6, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** A crisis plan is due for review when it was last reviewed more than six months ago. */
export function crisisPlanNeedsReview(lastReviewed: string | null, today: string): boolean {
  if (!lastReviewed) return true;
  return today > sixMonthsAfter(lastReviewed);
}
