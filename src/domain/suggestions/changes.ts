// Which parts of an item a suggestion changes, as text the person can compare: each changed
// field or list entry with its words before and after (null where there was none). Lists of
// objects with an `id` (goal steps) are matched by id, other lists by position. Pure.

export type Change = {
  /** Where: field names and list positions or ids, e.g. ["steps", "2f…"] or ["daily", 0]. */
  path: (string | number)[];
  before: string | null;
  after: string | null;
};

type Plain = Record<string, unknown>;
const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const hasId = (value: unknown): value is Plain & { id: string } =>
  isPlain(value) && typeof value.id === 'string';

/** A value in words: text as it is, yes/no for true/false, nothing for null. */
export function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value))
    return value
      .map(asText)
      .filter((v) => v !== null)
      .join('\n');
  if (isPlain(value)) {
    return Object.entries(value)
      .filter(([key]) => key !== 'id')
      .map(([, v]) => asText(v))
      .filter((v) => v !== null && v !== '')
      .join(' — ');
  }
  return null;
}

/** The changes from `before` to `after` (either may be undefined: a new or removed item). */
export function changesBetween(before: unknown, after: unknown): Change[] {
  const changes: Change[] = [];
  // A new item is compared field by field with nothing.
  walk(before === undefined && isPlain(after) ? {} : before, after, [], changes);
  return changes;
}

function walk(before: unknown, after: unknown, path: Change['path'], out: Change[]): void {
  if (isPlain(before) && isPlain(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    for (const key of keys) if (key !== 'id') walk(before[key], after[key], [...path, key], out);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    if ([...before, ...after].every(hasId)) {
      const old = new Map(before.map((item) => [(item as Plain).id as string, item]));
      const next = new Map(after.map((item) => [(item as Plain).id as string, item]));
      for (const [id, item] of old) if (!next.has(id)) leaf(item, undefined, [...path, id], out);
      for (const [id, item] of next) leaf(old.get(id), item, [...path, id], out);
      return;
    }
    const length = Math.max(before.length, after.length);
    for (let i = 0; i < length; i++) leaf(before[i], after[i], [...path, i], out);
    return;
  }
  leaf(before, after, path, out);
}

function leaf(before: unknown, after: unknown, path: Change['path'], out: Change[]): void {
  const a = asText(before);
  const b = asText(after);
  if (a === b || ((a ?? '') === '' && (b ?? '') === '')) return;
  out.push({ path, before: a, after: b });
}
