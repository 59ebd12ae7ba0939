// The person's whole record as the export gathers it (GET …/export/snapshot, the owner only),
// for the readable copy; the FHIR file itself is fetched by the browser as a download.
import type { RecordSnapshot } from '../../../domain/fhir/snapshot.ts';
import { api } from '../../lib/api.ts';
import { useResource } from '../../lib/resource.ts';

export const exportFileUrl = (personId: string) =>
  `/api/people/${encodeURIComponent(personId)}/export`;

export function useRecordSnapshot(personId: string) {
  return useResource(
    (signal) =>
      api.get<RecordSnapshot>(`/people/${encodeURIComponent(personId)}/export/snapshot`, signal),
    [personId],
  );
}
