// The person's own sharing settings (owner only): who has access, change or stop it, pause
// and resume, the preview of what one person sees, and single journal entries. Answers are
// parsed with the shared schemas, which load beside the first request (lib/lazy-schema.ts).
import type {
  ChangeSharing,
  SharingNotice,
  SharingOverview,
  SharingPreview,
} from '../../../domain/sharing/grants.schema.ts';
import { api, recordPath, request } from '../../lib/api.ts';
import { parsed } from '../../lib/lazy-schema.ts';
import { useResource } from '../../lib/resource.ts';

const schemas = () => import('../../../domain/sharing/grants.schema.ts');
const sharingOverviewSchema = () => schemas().then((m) => m.sharingOverviewSchema);
const sharingPreviewSchema = () => schemas().then((m) => m.sharingPreviewSchema);
const entrySharesSchema = () => schemas().then((m) => m.entrySharesSchema);
const sharingNoticesSchema = () => schemas().then((m) => m.sharingNoticesSchema);

const base = (personId: string) => recordPath(personId, '/sharing');
const entryBase = (personId: string, entryId: string) =>
  recordPath(personId, `/journal/${encodeURIComponent(entryId)}/share`);

export function getSharing(personId: string, signal?: AbortSignal): Promise<SharingOverview> {
  return parsed(sharingOverviewSchema, api.get<unknown>(base(personId), signal));
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
    (signal): Promise<SharingPreview> =>
      parsed(
        sharingPreviewSchema,
        api.get<unknown>(`${base(personId)}/${encodeURIComponent(relationshipId)}/preview`, signal),
      ),
    [personId, relationshipId],
  );
}

export function useEntryShares(personId: string, entryId: string) {
  return useResource(
    (signal) => parsed(entrySharesSchema, api.get<unknown>(entryBase(personId, entryId), signal)),
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
    (signal): Promise<SharingNotice[]> =>
      parsed(sharingNoticesSchema, api.get<unknown>('/shared-with-me/notices', signal)),
    [],
    (notices) => notices.length === 0,
  );
}
