// Check-ins, the person's choice of scales and reminders, life-area ratings and what is due.
import '../../../domain/i18n/checkins.messages.ts';

import type { CheckinChart } from '../../../domain/checkins/chart.schema.ts';
import type { ChartPeriod } from '../../../domain/checkins/chart.ts';
import {
  type CheckinInput,
  type CheckinSettings,
  isBuiltInScale,
  type LifeAreaRatingSet,
  SCALE_RANGES,
  type Scale,
} from '../../../domain/checkins/checkins.schema.ts';
import { type MessageKey, t } from '../../../domain/i18n/translate.ts';
import { api, recordPath } from '../../lib/api.ts';
import type { Saved } from '../../lib/conflict.ts';
import { useResource } from '../../lib/resource.ts';
import type { Item } from '../../lib/types.ts';

export type SettingsDocument = Saved<CheckinSettings>;

export type Checkin = CheckinInput & {
  id: string;
  version: number;
  takenOn: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
};
export type PlannedAction = { sign: string; whatToDo: string | null };
export type SavedCheckin = Checkin & { plannedActions: PlannedAction[] };

export type RatingsOverview = {
  lifeAreas: { id: string; name: string; deleted: boolean }[];
  first: Item<LifeAreaRatingSet> | null;
  latest: Item<LifeAreaRatingSet> | null;
  sets: Item<LifeAreaRatingSet>[];
};

export type Due = {
  today: string;
  checkin: {
    due: boolean;
    frequency: CheckinSettings['reminder'];
    lastCheckinOn: string | null;
    nextDueOn: string | null;
  };
  crisisPlanReview: { due: boolean; lastReviewed: string | null; reason: string | null } | null;
};

export const checkinApi = (personId: string) => {
  const path = (rest: string) => recordPath(personId, rest);
  return {
    settings: (signal?: AbortSignal) =>
      api.get<SettingsDocument>(path('/checkin-settings'), signal),
    saveSettings: (data: CheckinSettings, version: number) =>
      api.put<SettingsDocument>(path('/checkin-settings'), data, version),
    create: (data: CheckinInput) => api.post<SavedCheckin>(path('/checkins'), data),
    list: (signal?: AbortSignal) =>
      api.get<{ items: Checkin[] }>(path('/checkins'), signal).then((body) => body.items),
    /** Check-ins deleted in the last 30 days, the latest deletion first. */
    listDeleted: (signal?: AbortSignal) =>
      api
        .get<{ items: Checkin[] }>(path('/checkins?deleted=true'), signal)
        .then((body) => body.items),
    undelete: (id: string, version: number) =>
      api.post<Checkin>(path(`/checkins/${encodeURIComponent(id)}/undelete`), undefined, version),
    /** The check-ins of the period, one column per scale (decision 0022). */
    chart: (period: ChartPeriod, signal?: AbortSignal) =>
      api.get<CheckinChart>(path(`/checkins/series?period=${period}`), signal),
    /** The first and latest rating sets, and those of the period to compare. */
    ratings: (period: ChartPeriod, signal?: AbortSignal) =>
      api.get<RatingsOverview>(path(`/life-area-ratings?period=${period}`), signal),
    rate: (data: LifeAreaRatingSet) =>
      api.post<Item<LifeAreaRatingSet>>(path('/life-area-ratings'), data),
    due: (today: string, signal?: AbortSignal) => api.get<Due>(path(`/due?today=${today}`), signal),
  };
};

/** Recently deleted check-ins, loaded apart from the charts so a failure hides nothing else. */
export function useDeletedCheckins(personId: string) {
  return useResource((signal) => checkinApi(personId).listDeleted(signal), [personId]);
}

export function useCheckinSettings(personId: string) {
  return useResource((signal) => checkinApi(personId).settings(signal), [personId]);
}

/** A scale's name: built-in scales are named by the app, the person's own by the person. */
export function scaleName(scale: { id: string; name: string | null }): string {
  return scale.name ?? t(`checkins.scale.${scale.id}` as MessageKey);
}

/** A scale named from a check-in's scores alone: built-in by name, own by the words in its id. */
export const scaleLabel = (id: string) =>
  isBuiltInScale(id)
    ? t(`checkins.scale.${id}` as MessageKey)
    : id.replace(/^own-/, '').replace(/-/g, ' ');

export function scaleBounds(scale: Scale) {
  return SCALE_RANGES[scale.range];
}
