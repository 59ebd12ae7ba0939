// Calls shared by every list-like section (life areas, goals, notes): the server gives them
// all the same routes, so the client does too.
import { api } from './api.ts';
import type { History, Item, List } from './types.ts';

export type Collection<T> = ReturnType<typeof collection<T>>;

export function collection<T>(base: string) {
  return {
    list: (signal?: AbortSignal) => api.get<List<T>>(base, signal).then((body) => body.items),
    listDeleted: (signal?: AbortSignal) =>
      api.get<List<T>>(`${base}?deleted=true`, signal).then((body) => body.items),
    get: (id: string, signal?: AbortSignal) => api.get<Item<T>>(`${base}/${id}`, signal),
    create: (data: T) => api.post<Item<T>>(base, data),
    update: (id: string, data: T, version: number) =>
      api.put<Item<T>>(`${base}/${id}`, data, version),
    remove: (id: string, version: number) => api.delete<Item<T>>(`${base}/${id}`, version),
    undelete: (id: string, version: number) =>
      api.post<Item<T>>(`${base}/${id}/undelete`, undefined, version),
    history: (id: string, signal?: AbortSignal) =>
      api.get<History<T>>(`${base}/${id}/history`, signal),
    restore: (id: string, version: number, currentVersion: number) =>
      api.post<Item<T>>(`${base}/${id}/history/restore`, { version }, currentVersion),
  };
}
