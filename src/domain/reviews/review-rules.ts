// Review rules free of zod, so the review pages can show limits and changes before any schema
// loads. Decision 0043.

/** At most this many areas are talked about in one review. */
export const MAX_REVIEW_AREAS = 3;
/** At most this many actions are agreed for one area. */
export const MAX_ACTIONS_PER_AREA = 5;
/** The four steps taken for each chosen area, in order. */
export const REVIEW_STEPS = ['understanding', 'lookingForward', 'options', 'actions'] as const;
export type ReviewStep = (typeof REVIEW_STEPS)[number];
/** Who does an agreed action. */
export const ACTION_OWNERS = ['person', 'practitioner', 'someone'] as const;
export type ActionOwner = (typeof ACTION_OWNERS)[number];
/** What the person decided about an agreed action. Only `confirmed` reaches their goals. */
export const ACTION_DECISIONS = ['waiting', 'confirmed', 'declined'] as const;
export type ActionDecision = (typeof ACTION_DECISIONS)[number];

type Rated = { score: number | null };
/** One rated thing (a life area or a "my care" item) found by its id. */
type RatedById = Rated & { id: string };

/** How a rating moved since the last review: up, down, the same, or not comparable. */
export type RatingChange = 'up' | 'down' | 'same' | 'none';

export function ratingChange(now: Rated | undefined, before: Rated | undefined): RatingChange {
  if (!now || !before || now.score === null || before.score === null) return 'none';
  if (now.score > before.score) return 'up';
  if (now.score < before.score) return 'down';
  return 'same';
}

/** Each rating beside the same thing's rating in the review before, by id. */
export function besideLast<T extends RatedById>(
  now: readonly T[],
  before: readonly RatedById[],
): { rating: T; last: number | null; change: RatingChange }[] {
  const earlier = new Map(before.map((rating) => [rating.id, rating]));
  return now.map((rating) => {
    const last = earlier.get(rating.id);
    return { rating, last: last?.score ?? null, change: ratingChange(rating, last) };
  });
}
