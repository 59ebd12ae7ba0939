// A supporter's own space: one versioned document of their own record (decision 0031).
import {
  type SupporterSpace,
  supporterSpaceSchema,
} from '../../../domain/record/supporter-space.schema.ts';
import { z } from '../../../domain/validation.ts';
import { api, recordPath, request } from '../../lib/api.ts';
import { markedHistory } from '../../lib/collection.ts';
import { useResource } from '../../lib/resource.ts';
import type { History } from '../../lib/types.ts';

const savedSchema = z.object({
  version: z.number().int(),
  updatedAt: z.string().nullable(),
  data: supporterSpaceSchema,
});
export type SavedSpace = z.infer<typeof savedSchema>;

const path = (accountId: string) => recordPath(accountId, '/supporter-space');

export const supporterSpace = {
  get: async (accountId: string, signal?: AbortSignal): Promise<SavedSpace> =>
    savedSchema.parse(await request<unknown>('GET', path(accountId), { signal })),
  save: async (accountId: string, data: SupporterSpace, version: number): Promise<SavedSpace> =>
    savedSchema.parse(await request<unknown>('PUT', path(accountId), { body: data, version })),
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
