// Fields of an item the server sets when it makes the item and every later write keeps: the
// person's words never carry them (the routes' input schemas leave them out), so a rename or a
// restored older version cannot drop or change them. A life area's `key` (decision 0051).
import type { ItemKind } from './sections.ts';

const KEPT_FIELDS: Partial<Record<ItemKind, readonly string[]>> = { life_area: ['key'] };

type JsonObject = Record<string, unknown>;
const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `next` with the kept fields of `current` (the item as stored), when it had any. */
export function withKeptFields(kind: ItemKind, current: unknown, next: unknown): unknown {
  const fields = KEPT_FIELDS[kind];
  if (!fields || !isObject(next)) return next;
  const kept: JsonObject = { ...next };
  for (const field of fields) {
    delete kept[field];
    if (isObject(current) && current[field] !== undefined) kept[field] = current[field];
  }
  return kept;
}
