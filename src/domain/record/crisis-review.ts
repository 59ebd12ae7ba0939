// When a crisis plan is due for review. Kept apart from the schemas (and zod) so the web
// pages that only show the reminder stay small.

/** A crisis plan is due for review when it was last reviewed more than six months ago. */
export function crisisPlanNeedsReview(lastReviewed: string | null, today: string): boolean {
  if (!lastReviewed) return true;
  const reviewed = new Date(`${lastReviewed}T00:00:00Z`);
  const due = new Date(reviewed);
  due.setUTCMonth(due.getUTCMonth() + 6);
  return new Date(`${today}T00:00:00Z`) > due;
}
