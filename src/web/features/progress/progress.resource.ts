// "How I'm doing": the check-ins and life-area ratings of a period, and measure scores, loaded
// together.

import type { CheckinChart } from '../../../domain/checkins/chart.schema.ts';
import type { ChartPeriod } from '../../../domain/checkins/chart.ts';
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
  /** The period these answers cover. */
  period: ChartPeriod;
  chart: CheckinChart;
  ratings: RatingsOverview;
  observations: ObservationPoint[];
};

export function getObservations(personId: string, signal?: AbortSignal) {
  return api
    .get<{ points: ObservationPoint[] }>(recordPath(personId, '/observations'), signal)
    .then((body) => body.points);
}

const NO_RATINGS: RatingsOverview = { lifeAreas: [], first: null, latest: null, sets: [] };
const noCheckins = (period: ChartPeriod): CheckinChart => ({
  period,
  from: null,
  to: null,
  checkins: { ids: [], takenAt: [], forMeOnly: [], hasNote: [] },
  scales: [],
});

/**
 * Loads what the viewer may read for the period: in a shared record, check-ins and
 * questionnaire scores are two sections, and the one not shared is not asked for at all. A new
 * period keeps the last one on screen until its answers come.
 */
export function useProgress(
  personId: string,
  period: ChartPeriod,
  shown: { checkins: boolean; measures: boolean } = { checkins: true, measures: true },
) {
  return useResource<Progress>(
    async (signal) => {
      const calls = checkinApi(personId);
      const [chart, ratings, observations] = await Promise.all([
        shown.checkins ? calls.chart(period, signal) : noCheckins(period),
        shown.checkins ? calls.ratings(period, signal) : NO_RATINGS,
        // Measure scores are shown when the service has them; their absence hides nothing else.
        shown.measures
          ? getObservations(personId, signal).catch(() => [] as ObservationPoint[])
          : [],
      ]);
      return { period, chart, ratings, observations };
    },
    [personId, period, shown.checkins, shown.measures],
  );
}
