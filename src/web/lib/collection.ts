// Calls shared by every list-like section (life areas, goals, notes): the server gives them
// all the same routes, so the client does too.
import { api } from './api.ts';
import type { History, Item, List } from './types.ts';

export type Collection<T> = ReturnType<typeof collection<T>>;

/** A list with its marks for unreadable items; an answer without marks has none. */
const marked = <T>(body: Partial<List<T>>): List<T> => ({
  items: body.items ?? [],
  unreadable: body.unreadable ?? [],
});

/** A history with its marks for unreadable versions; an answer without marks has none. */
export const markedHistory = <T>(body: Partial<History<T>>): History<T> => ({
  revisions: body.revisions ?? [],
  unreadable: body.unreadable ?? [],
});

export function collection<T>(base: string) {
  return {
    /** The readable items only: for choices and names, where a left-out item is not shown. */
    list: (signal?: AbortSignal) => api.get<List<T>>(base, signal).then((body) => body.items),
    /** The items and the marks for those left out, for a page that shows the list itself. */
    listMarked: (signal?: AbortSignal, { deleted = false } = {}) =>
      api
        .get<Partial<List<T>>>(deleted ? `${base}?deleted=true` : base, signal)
        .then((body) => marked(body)),
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
      api
        .get<Partial<History<T>>>(`${base}/${id}/history`, signal)
        .then((body) => markedHistory(body)),
    restore: (id: string, version: number, currentVersion: number) =>
      api.post<Item<T>>(`${base}/${id}/history/restore`, { version }, currentVersion),
  };
}
