// Remembers what reading a stored item's JSON gave (parsed, upgraded to today's shape, checked
// against today's schema: domain/record/stored-json.ts), so a record that is read again and
// again is not parsed and checked again each time. For a list of 20 goals that reading was
// about a sixth of the request (decision 0027).
//
// It changes no answer. Reading is a pure function of the row's kind, shape version and JSON
// text, and an entry is used only when all three are exactly those of the row just read from
// the database: the person and item only say where to look. A row that another process
// changed, a restore, a migration that rewrote data in place: each brings other text, which
// misses and is read in full. Every read still reads the row and every access check still runs;
// only the parsing and checking of the same text is not repeated.
//
// One entry per item: a new version's reading takes the place of the old one, which no request
// will read again (a revision read in the history does the same, and the next read of the item
// reads it anew). Keyed by version, every save left its old reading behind until the bound
// pushed it out: under a load of saves the cache sat full of dead versions, about 16 MiB of the
// server's memory (decision 0021, evening addendum).
//
// Bounded by the JSON text it holds; entries not read for a while go first. What it hands out
// is frozen, so no caller can change what the next request will be given.
import type { ItemKind } from '../../../domain/record/sections.ts';
import { readStoredData, type StoredReading } from '../../../domain/record/stored-json.ts';

/** What the cache needs of a stored row (an item or one of its revisions). */
export type StoredRow = {
  person_id: string;
  kind: string;
  schema_version: number;
  data: string;
};

type Entry = {
  kind: string;
  shapeVersion: number;
  json: string;
  reading: StoredReading;
  /** Read again since it last came to the front of the queue (second chance, below). */
  used: boolean;
};

export type ReadingCache = {
  /** The reading of `row`'s data, from the cache when its text is exactly the same. */
  read(row: StoredRow, itemId: string): StoredReading;
  /** Characters of JSON text held now, and entries. */
  size(): { characters: number; entries: number };
};

/** 8 Mi characters of JSON: a few thousand records, about 20–30 MiB of memory at most. */
export const DEFAULT_READING_CACHE_CHARACTERS = 8 * 1024 * 1024;

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}

export function createReadingCache(
  maxCharacters: number = DEFAULT_READING_CACHE_CHARACTERS,
): ReadingCache {
  const entries = new Map<string, Entry>();
  let characters = 0;

  const forget = (key: string, entry: Entry) => {
    entries.delete(key);
    characters -= entry.json.length;
  };

  /**
   * Drops entries, oldest first, until the text held is within the bound; an entry read again
   * since it was added or last passed over goes to the back once instead (the "second chance"
   * approximation of least recently used). A hit only marks its entry: moving it to the back of
   * the Map on every hit made V8 rebuild the Map's table again and again, garbage that lived
   * long enough to reach the old generation (decision 0021, evening addendum).
   */
  const keepWithinBound = () => {
    for (const [key, entry] of entries) {
      if (characters <= maxCharacters) return;
      if (entry.used) {
        entry.used = false;
        entries.delete(key);
        entries.set(key, entry);
      } else forget(key, entry);
    }
  };

  return {
    read(row, itemId) {
      const read = () => readStoredData(row.kind as ItemKind, row.schema_version, row.data);
      // Text larger than the whole cache is read each time, never held.
      if (row.data.length > maxCharacters) return read();
      const key = `${row.person_id}/${itemId}`;
      const entry = entries.get(key);
      if (
        entry &&
        entry.json === row.data &&
        entry.kind === row.kind &&
        entry.shapeVersion === row.schema_version
      ) {
        entry.used = true;
        return entry.reading;
      }
      if (entry) forget(key, entry);
      const reading = read();
      deepFreeze(reading);
      entries.set(key, {
        kind: row.kind,
        shapeVersion: row.schema_version,
        json: row.data,
        reading,
        used: false,
      });
      characters += row.data.length;
      keepWithinBound();
      return reading;
    },
    size: () => ({ characters, entries: entries.size }),
  };
}
