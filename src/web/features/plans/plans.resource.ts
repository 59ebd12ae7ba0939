// The five plans are one document each per person, read and saved whole with their version
// (If-Match), with earlier versions and restore: the same calls for each, at its own path.
import type { RemovedFiles } from '../../../domain/attachments/storage.ts';
import type {
  AfterCrisis,
  CrisisPlan,
  MovingOnPlan,
  SafetyPlan,
  StayingWellPlan,
} from '../../../domain/record/plans.schema.ts';
import type { Agreement } from '../../../domain/record/record.schema.ts';
import { api, recordPath } from '../../lib/api.ts';
import { markedHistory } from '../../lib/collection.ts';
import type { Saved } from '../../lib/conflict.ts';
import type { History } from '../../lib/types.ts';

export type PlanKind = 'staying-well' | 'crisis' | 'safety' | 'after-crisis' | 'moving-on';

export type PlanData = {
  'staying-well': StayingWellPlan;
  crisis: CrisisPlan;
  safety: SafetyPlan;
  'after-crisis': AfterCrisis;
  'moving-on': MovingOnPlan;
};

/**
 * Version 0 means nothing has been saved yet. The crisis and safety plans mark the files they
 * name whose bytes were purged.
 */
export type PlanDocument<K extends PlanKind> = Saved<PlanData[K]> &
  RemovedFiles & { agreed?: Agreement | null };

const API_PATHS: Record<PlanKind, string> = {
  'staying-well': '/staying-well-plan',
  crisis: '/crisis-plan',
  safety: '/safety-plan',
  'after-crisis': '/after-crisis',
  'moving-on': '/moving-on-plan',
};

/** Where each plan lives in the web app. */
export const PLAN_PAGES: Record<PlanKind, string> = {
  'staying-well': '/plans/staying-well',
  crisis: '/crisis-plan',
  safety: '/plans/safety',
  'after-crisis': '/plans/after-crisis',
  'moving-on': '/plans/moving-on',
};

export function plan<K extends PlanKind>(personId: string, kind: K) {
  const path = recordPath(personId, API_PATHS[kind]);
  type Data = PlanData[K];
  return {
    get: (signal?: AbortSignal) =>
      api.get<Saved<Data> & RemovedFiles & { agreed?: Agreement | null }>(path, signal),
    save: (data: Data, version: number) => api.put<Saved<Data> & RemovedFiles>(path, data, version),
    history: (signal?: AbortSignal) =>
      api.get<Partial<History<Data>>>(`${path}/history`, signal).then(markedHistory),
    restore: (version: number, currentVersion: number) =>
      api.post<Saved<Data> & RemovedFiles>(`${path}/history/restore`, { version }, currentVersion),
  };
}
