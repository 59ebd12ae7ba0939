// The "my care" items a person rates before a review, beside their life areas. Until a service
// sets its own items, every review offers the evidence-based default: how the person finds their
// medication, practical help, and meetings with professionals. Each rating stores the item's id
// and words as they were, so an old review still reads right after the items change.

/** One thing about the person's care that they rate 1 to 7. `words` are the English default. */
export type MyCareItem = { id: string; words: string };

/** The default items (issue 14): medication, practical help, meetings with professionals. */
export const DEFAULT_MY_CARE_ITEMS: readonly MyCareItem[] = [
  { id: 'medication', words: 'Medication' },
  { id: 'practical-help', words: 'Practical help' },
  { id: 'meetings-with-professionals', words: 'Meetings with professionals' },
];

/** The most "my care" items one review can hold. */
export const MAX_MY_CARE_ITEMS = 12;

/**
 * The "my care" items a review offers. The one place to switch to a service's own items when
 * they exist: pass them in and they are used instead of the default.
 */
export function myCareItemsForReview(serviceItems?: readonly MyCareItem[]): readonly MyCareItem[] {
  return serviceItems && serviceItems.length > 0
    ? serviceItems.slice(0, MAX_MY_CARE_ITEMS)
    : DEFAULT_MY_CARE_ITEMS;
}
