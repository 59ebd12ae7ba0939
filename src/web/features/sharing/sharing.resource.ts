// Who shared their record with the signed-in account (GET /api/shared-with-me).
import { type SharedWithMe, sharedWithMeSchema } from '../../../domain/sharing/sharing.schema.ts';
import { api } from '../../lib/api.ts';
import { useResource } from '../../lib/resource.ts';

export async function getSharedWithMe(signal?: AbortSignal): Promise<SharedWithMe> {
  // Parsed with the shared schema, so a section name or level this app does not know is an
  // error here, never a section shown by mistake.
  return sharedWithMeSchema.parse(await api.get<unknown>('/shared-with-me', signal));
}

export function useSharedWithMe() {
  return useResource(getSharedWithMe, [], (people) => people.length === 0);
}
