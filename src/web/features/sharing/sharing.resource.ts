// Who shared their record with the signed-in account (GET /api/shared-with-me).
import { readSharedWithMe } from '../../../domain/sharing/shared-with-me.ts';
import type { SharedWithMe } from '../../../domain/sharing/sharing.schema.ts';
import { api } from '../../lib/api.ts';
import { useResource } from '../../lib/resource.ts';

export async function getSharedWithMe(signal?: AbortSignal): Promise<SharedWithMe> {
  // Read with the same rules as the shared schema, so a section name or level this app does not
  // know is an error here, never a section shown by mistake; without zod, as Home needs it.
  const people = readSharedWithMe(await api.get<unknown>('/shared-with-me', signal));
  if (!people) throw new Error('The list of people who share with this account is not readable.');
  return people;
}

export function useSharedWithMe() {
  return useResource(getSharedWithMe, [], (people) => people.length === 0);
}
