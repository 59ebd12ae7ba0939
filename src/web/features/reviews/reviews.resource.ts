// Reviews done together (decision 0043): the list, one review, its history, and the writes.
import '../../../domain/i18n/reviews.messages.ts';
import { type MessageKey, t } from '../../../domain/i18n/translate.ts';
import { DEFAULT_MY_CARE_ITEMS } from '../../../domain/reviews/my-care.ts';
import type {
  ConfirmActionInput,
  RatedThing,
  Review,
  ReviewMeetingInput,
  ReviewRatingsInput,
  ReviewSummary,
} from '../../../domain/reviews/review.schema.ts';
import { api, recordPath } from '../../lib/api.ts';
import { useResource } from '../../lib/resource.ts';

export type { Review, ReviewSummary };
export type ReviewRevision = {
  version: number;
  action: string;
  createdAt: string;
  authorName: string;
};

export const reviewsApi = (personId: string) => {
  const path = (rest = '') => recordPath(personId, `/reviews${rest}`);
  const one = (id: string, rest = '') => path(`/${encodeURIComponent(id)}${rest}`);
  return {
    list: (signal?: AbortSignal) =>
      api.get<{ items: ReviewSummary[] }>(path(), signal).then((body) => body.items),
    get: (id: string, signal?: AbortSignal) => api.get<Review>(one(id), signal),
    history: (id: string, signal?: AbortSignal) =>
      api
        .get<{ revisions: ReviewRevision[] }>(one(id, '/history'), signal)
        .then((body) => body.revisions),
    start: () => api.post<Review>(path(), {}),
    rate: (id: string, data: ReviewRatingsInput, version: number) =>
      api.put<Review>(one(id, '/ratings'), data, version),
    meet: (id: string, data: ReviewMeetingInput, version: number) =>
      api.put<Review>(one(id, '/meeting'), data, version),
    confirm: (id: string, actionId: string, data: ConfirmActionInput, version: number) =>
      api.post<Review>(one(id, `/actions/${encodeURIComponent(actionId)}/confirm`), data, version),
    decline: (id: string, actionId: string, version: number) =>
      api.post<Review>(one(id, `/actions/${encodeURIComponent(actionId)}/decline`), {}, version),
  };
};

export function useReviews(personId: string) {
  return useResource(
    (signal) => reviewsApi(personId).list(signal),
    [personId],
    (items) => items.length === 0,
  );
}

export function useReview(personId: string, id: string) {
  return useResource((signal) => reviewsApi(personId).get(id, signal), [personId, id]);
}

export function useReviewHistory(personId: string, id: string) {
  return useResource((signal) => reviewsApi(personId).history(id, signal), [personId, id]);
}

const DEFAULT_IDS = new Set(DEFAULT_MY_CARE_ITEMS.map((item) => item.id));

/**
 * The words of a rated thing: a default "my care" item in the reader's language, anything else
 * (a life area, a service's own item) in the words kept with the rating.
 */
export function ratedWords(thing: Pick<RatedThing, 'id' | 'words'>, myCare: boolean): string {
  return myCare && DEFAULT_IDS.has(thing.id)
    ? t(`review.myCare.${thing.id}` as MessageKey)
    : thing.words;
}
