// A supporter's own space: one versioned document of their own record (decision 0031).
import type { SupporterSpace } from '../../../domain/record/supporter-space.schema.ts';
import { api, recordPath, request } from '../../lib/api.ts';
import { markedHistory } from '../../lib/collection.ts';
import { parsed, parsedChange } from '../../lib/lazy-schema.ts';
import { useResource } from '../../lib/resource.ts';
import type { History } from '../../lib/types.ts';
import type { SavedSpace } from './saved-space.schema.ts';

export type { SavedSpace };

const savedSchema = () => import('./saved-space.schema.ts').then((m) => m.savedSpaceSchema);

const path = (accountId: string) => recordPath(accountId, '/supporter-space');

export const supporterSpace = {
  get: (accountId: string, signal?: AbortSignal): Promise<SavedSpace> =>
    parsed(savedSchema, request<unknown>('GET', path(accountId), { signal })),
  save: (accountId: string, data: SupporterSpace, version: number): Promise<SavedSpace> =>
    parsedChange(savedSchema, () =>
      request<unknown>('PUT', path(accountId), { body: data, version }),
    ),
  /** Every saved version, newest first, for the history page. */
  history: (accountId: string, signal?: AbortSignal) =>
    api
      .get<Partial<History<SupporterSpace>>>(`${path(accountId)}/history`, signal)
      .then(markedHistory),
  /** Brings back `version` as a new version; `currentVersion` goes in If-Match. */
  restore: (accountId: string, version: number, currentVersion: number) =>
    api.post<unknown>(`${path(accountId)}/history/restore`, { version }, currentVersion),
};

export const useSupporterSpace = (accountId: string) =>
  useResource((signal) => supporterSpace.get(accountId, signal), [accountId]);
