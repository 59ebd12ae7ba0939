// The person's own sharing settings (owner only): who has access, change or stop it, pause
// and resume, the preview of what one person sees, and single journal entries.
import {
  type ChangeSharing,
  entrySharesSchema,
  type SharingNotice,
  type SharingOverview,
  type SharingPreview,
  sharingNoticesSchema,
  sharingOverviewSchema,
  sharingPreviewSchema,
} from '../../../domain/sharing/grants.schema.ts';
import { api, recordPath, request } from '../../lib/api.ts';
import { useResource } from '../../lib/resource.ts';

const base = (personId: string) => recordPath(personId, '/sharing');
const entryBase = (personId: string, entryId: string) =>
  recordPath(personId, `/journal/${encodeURIComponent(entryId)}/share`);

export async function getSharing(personId: string, signal?: AbortSignal): Promise<SharingOverview> {
  return sharingOverviewSchema.parse(await api.get<unknown>(base(personId), signal));
}

export function useSharing(personId: string) {
  return useResource((signal) => getSharing(personId, signal), [personId]);
}

export const changeSharing = (personId: string, relationshipId: string, change: ChangeSharing) =>
  request<void>('PUT', `${base(personId)}/${encodeURIComponent(relationshipId)}`, {
    body: change,
  });

export const stopSharing = (personId: string, relationshipId: string, tellThem: boolean) =>
  request<void>('DELETE', `${base(personId)}/${encodeURIComponent(relationshipId)}`, {
    body: { tellThem },
  });

export const pauseSharing = (personId: string, emergencyLinks: boolean) =>
  api.post<void>(`${base(personId)}/pause`, { emergencyLinks });

export const resumeSharing = (personId: string) => api.post<void>(`${base(personId)}/resume`);

export function usePreview(personId: string, relationshipId: string) {
  return useResource(
    async (signal): Promise<SharingPreview> =>
      sharingPreviewSchema.parse(
        await api.get<unknown>(
          `${base(personId)}/${encodeURIComponent(relationshipId)}/preview`,
          signal,
        ),
      ),
    [personId, relationshipId],
  );
}

export function useEntryShares(personId: string, entryId: string) {
  return useResource(
    async (signal) =>
      entrySharesSchema.parse(await api.get<unknown>(entryBase(personId, entryId), signal)),
    [personId, entryId],
  );
}

export const shareEntry = (personId: string, entryId: string, relationshipId: string) =>
  api.post<void>(entryBase(personId, entryId), { relationshipId });

export const unshareEntry = (personId: string, entryId: string, relationshipId: string) =>
  request<void>('DELETE', `${entryBase(personId, entryId)}/${encodeURIComponent(relationshipId)}`);

/** What the people who share with this account chose to tell them. */
export function useSharingNotices() {
  return useResource(
    async (signal): Promise<SharingNotice[]> =>
      sharingNoticesSchema.parse(await api.get<unknown>('/shared-with-me/notices', signal)),
    [],
    (notices) => notices.length === 0,
  );
}
