// The private journal: dated entries with an optional mood, and search within them.
import type {
  JournalEntryInput,
  JournalEntryShown,
} from '../../../domain/journal/journal.schema.ts';
import { api, recordPath } from '../../lib/api.ts';
import { useResource } from '../../lib/resource.ts';

/** An entry in a list or search: one the server's keys cannot open has `unreadable`, no text. */
export type JournalListEntry = JournalEntryShown & {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
};

/** An entry opened on its own: the server answers an error instead when it cannot read it. */
export type JournalEntry = JournalListEntry & { text: string; unreadable?: undefined };

export type SearchResult = {
  items: JournalEntry[];
  searched: number;
  /** Entries looked at that could not be read, so could not be searched. */
  unreadable: number;
  olderNotSearched: boolean;
};

export const journalApi = (personId: string) => {
  const base = recordPath(personId, '/journal');
  return {
    list: (signal?: AbortSignal) =>
      api.get<{ items: JournalListEntry[] }>(base, signal).then((body) => body.items),
    /** Entries deleted in the last 30 days, the latest deletion first. */
    listDeleted: (signal?: AbortSignal) =>
      api
        .get<{ items: JournalListEntry[] }>(`${base}?deleted=true`, signal)
        .then((body) => body.items),
    search: (q: string, signal?: AbortSignal) =>
      api.get<SearchResult>(`${base}/search?q=${encodeURIComponent(q)}`, signal),
    get: (id: string, signal?: AbortSignal) => api.get<JournalEntry>(`${base}/${id}`, signal),
    create: (entry: JournalEntryInput) => api.post<JournalEntry>(base, entry),
    update: (id: string, entry: JournalEntryInput, version: number) =>
      api.put<JournalEntry>(`${base}/${id}`, entry, version),
    /** Soft delete; answers the entry with its new version, which Undo needs. */
    remove: (id: string, version: number) => api.delete<JournalEntry>(`${base}/${id}`, version),
    undelete: (id: string, version: number) =>
      api.post<JournalEntry>(`${base}/${id}/undelete`, undefined, version),
  };
};

export function useJournal(personId: string) {
  return useResource(
    (signal) => journalApi(personId).list(signal),
    [personId],
    (items) => items.length === 0,
  );
}

/** Recently deleted entries, loaded apart from the journal so a failure hides nothing else. */
export function useDeletedEntries(personId: string) {
  return useResource((signal) => journalApi(personId).listDeleted(signal), [personId]);
}

/** A short start of an entry for the list; the entry page shows it whole. */
export function preview(text: string, length = 160): string {
  const line = text.trim().split('\n')[0] ?? '';
  return line.length > length ? `${line.slice(0, length).trimEnd()}…` : line;
}
