// "How I'm doing": check-in series, life-area ratings and measure scores, loaded together.
import type { ScaleSeries } from '../../../domain/checkins/series.ts';
import { api, recordPath } from '../../lib/api.ts';
import { useResource } from '../../lib/resource.ts';
import { checkinApi, type RatingsOverview } from '../checkins/checkins.resource.ts';

export type ObservationPoint = {
  id: string;
  responseId: string;
  measureId: string;
  scaleId: string;
  system: string;
  code: string;
  display?: string | null;
  value: number;
  effectiveAt: string;
  forMeOnly: boolean;
  note: string | null;
  /** The scale's possible scores; null when the measure does not say. */
  range: { min: number; max: number } | null;
  /** Set when the score was worked out from only some of the answers. */
  prorated?: { answered: number; items: number } | null;
  /** The measure's published reliable-change threshold and its source; null if none. */
  reliableChange?: { points: number; source: string } | null;
};

export type Progress = {
  scales: ScaleSeries[];
  ratings: RatingsOverview;
  observations: ObservationPoint[];
};

export function getObservations(personId: string, signal?: AbortSignal) {
  return api
    .get<{ points: ObservationPoint[] }>(recordPath(personId, '/observations'), signal)
    .then((body) => body.points);
}

const NO_RATINGS: RatingsOverview = { lifeAreas: [], first: null, latest: null, sets: [] };

/**
 * Loads what the viewer may read: in a shared record, check-ins and questionnaire scores are
 * two sections, and the one not shared is not asked for at all.
 */
export function useProgress(
  personId: string,
  shown: { checkins: boolean; measures: boolean } = { checkins: true, measures: true },
) {
  return useResource<Progress>(
    async (signal) => {
      const calls = checkinApi(personId);
      const [series, ratings, observations] = await Promise.all([
        shown.checkins ? calls.series(signal) : { scales: [] },
        shown.checkins ? calls.ratings(signal) : NO_RATINGS,
        // Measure scores are shown when the service has them; their absence hides nothing else.
        shown.measures
          ? getObservations(personId, signal).catch(() => [] as ObservationPoint[])
          : [],
      ]);
      return { scales: series.scales, ratings, observations };
    },
    [personId, shown.checkins, shown.measures],
  );
}
