// Three-way merge of two edits of one JSON document (decision 0023): the version a tab started
// from (base), the tab's edit (mine) and what is saved now (theirs). A change made on one side
// only is kept; the same change on both sides is kept once; a value both sides changed
// differently is a conflict, reported with both values and never settled quietly. Pure: the web
// app runs it when a save meets a newer version (412).
//
// Objects merge key by key. Lists of objects carrying an `id` (goal steps) or a `contactId`
// (people named in a plan) merge by that key; other lists (lines of a plan) merge like lines of
// text (diff3): changes to different places are all kept, and items both sides replaced one for
// one are merged item by item.

export type Side = 'mine' | 'theirs';
export type MergePath = (string | number)[];
/** A place both sides changed differently; `undefined` stands for "removed". */
export type MergeConflict = { path: MergePath; base: unknown; mine: unknown; theirs: unknown };
export type MergeResult<T> = { merged: T; conflicts: MergeConflict[] };

type Plain = Record<string, unknown>;
const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Deep equality of JSON values; the order of an object's keys does not matter. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => sameValue(item, b[index]));
  }
  if (!isPlain(a) || !isPlain(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && sameValue(a[key], b[key]));
}

/**
 * Merges `mine` and `theirs`, both edited from `base`. Where both changed a value differently
 * the result holds `prefer`'s value there (the saved one unless the person chose theirs), and
 * the place is listed in `conflicts` so the person can be asked.
 */
export function mergeThreeWay<T>(
  base: T,
  mine: T,
  theirs: T,
  prefer: Side = 'theirs',
): MergeResult<T> {
  const conflicts: MergeConflict[] = [];
  const merged = mergeValue(base, mine, theirs, [], { prefer, conflicts }) as T;
  return { merged, conflicts };
}

type Context = { prefer: Side; conflicts: MergeConflict[] };

function conflict(path: MergePath, base: unknown, mine: unknown, theirs: unknown, ctx: Context) {
  ctx.conflicts.push({ path, base, mine, theirs });
  return ctx.prefer === 'mine' ? mine : theirs;
}

function mergeValue(
  base: unknown,
  mine: unknown,
  theirs: unknown,
  path: MergePath,
  ctx: Context,
): unknown {
  if (sameValue(mine, theirs)) return mine;
  if (sameValue(base, mine)) return theirs;
  if (sameValue(base, theirs)) return mine;
  if (isPlain(mine) && isPlain(theirs)) {
    const from = isPlain(base) ? base : {};
    const out: Plain = {};
    for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
      const value = mergeValue(from[key], mine[key], theirs[key], [...path, key], ctx);
      if (value !== undefined) out[key] = value;
    }
    return out;
  }
  if (Array.isArray(mine) && Array.isArray(theirs)) {
    const from = Array.isArray(base) ? base : [];
    const key = listKey([from, mine, theirs]);
    return key
      ? mergeKeyedList(from, mine, theirs, key, path, ctx)
      : mergeSequence(from, mine, theirs, path, ctx);
  }
  return conflict(path, base, mine, theirs, ctx);
}

// --- Lists whose items carry their own key -------------------------------------------------

const KEYS = ['id', 'contactId'] as const;

/** The key every item of every list carries, unique within each list; undefined if none does. */
function listKey(lists: unknown[][]): string | undefined {
  return KEYS.find((key) =>
    lists.every((list) => {
      const seen = new Set<unknown>();
      return list.every((item) => {
        const value = isPlain(item) ? item[key] : undefined;
        if (typeof value !== 'string' || seen.has(value)) return false;
        seen.add(value);
        return true;
      });
    }),
  );
}

function mergeKeyedList(
  base: unknown[],
  mine: unknown[],
  theirs: unknown[],
  key: string,
  path: MergePath,
  ctx: Context,
): unknown[] {
  const keyOf = (item: unknown) => (item as Plain)[key] as string;
  const byKey = (list: unknown[]) => new Map(list.map((item) => [keyOf(item), item]));
  const [b, m, t] = [byKey(base), byKey(mine), byKey(theirs)];
  const kept = new Map<string, unknown>();
  for (const id of new Set([...m.keys(), ...t.keys(), ...b.keys()])) {
    const value = mergeValue(b.get(id), m.get(id), t.get(id), [...path, id], ctx);
    if (value !== undefined) kept.set(id, value);
  }
  const orderOf = (list: unknown[]) => list.map(keyOf).filter((id) => kept.has(id));
  return mergeOrder(orderOf(base), orderOf(mine), orderOf(theirs), path, ctx).map(
    (id) => kept.get(id) as unknown,
  );
}

/**
 * The order of the kept items. The side that moved items gives the order (if both moved them
 * differently, that is a conflict); items the other side added follow the item they followed
 * there, after anything this side added in the same place.
 */
function mergeOrder(
  base: string[],
  mine: string[],
  theirs: string[],
  path: MergePath,
  ctx: Context,
): string[] {
  const shared = (list: string[]) =>
    list.filter((id) => base.includes(id) && mine.includes(id) && theirs.includes(id));
  const [b, m, t] = [shared(base), shared(mine), shared(theirs)];
  let lead: Side = 'mine';
  if (sameValue(m, b)) lead = 'theirs';
  else if (!sameValue(t, b) && !sameValue(m, t)) {
    // Both moved items, differently: which order to keep is the person's choice.
    conflict([...path, 'order'], b, m, t, ctx);
    lead = ctx.prefer;
  }
  const [first, other] = lead === 'mine' ? [mine, theirs] : [theirs, mine];
  const order = [...first];
  for (const [index, id] of other.entries()) {
    if (order.includes(id)) continue;
    const before = other.slice(0, index).findLast((previous) => order.includes(previous));
    let at = before === undefined ? 0 : order.indexOf(before) + 1;
    // Step past what the leading side added here, so its additions come first.
    while (at < order.length && !other.includes(order[at] as string)) at++;
    order.splice(at, 0, id);
  }
  return order;
}

// --- Lists of plain values (diff3) ---------------------------------------------------------

/** Where one side replaced base[start, end) with its own items [sideStart, sideEnd). */
type Hunk = { start: number; end: number; items: unknown[]; side: Side };

/** Pairs of equal items (base index, side index) in a longest common subsequence. */
function commonItems(base: unknown[], side: unknown[]): [number, number][] {
  const rows = base.length + 1;
  const cols = side.length + 1;
  const length = new Uint32Array(rows * cols);
  for (let i = base.length - 1; i >= 0; i--)
    for (let j = side.length - 1; j >= 0; j--)
      length[i * cols + j] = sameValue(base[i], side[j])
        ? (length[(i + 1) * cols + j + 1] ?? 0) + 1
        : Math.max(length[(i + 1) * cols + j] ?? 0, length[i * cols + j + 1] ?? 0);
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < base.length && j < side.length; ) {
    if (sameValue(base[i], side[j])) pairs.push([i++, j++]);
    else if ((length[(i + 1) * cols + j] ?? 0) >= (length[i * cols + j + 1] ?? 0)) i++;
    else j++;
  }
  return pairs;
}

function hunksOf(base: unknown[], list: unknown[], side: Side): Hunk[] {
  const hunks: Hunk[] = [];
  let [i, j] = [0, 0];
  const kept: [number, number][] = [...commonItems(base, list), [base.length, list.length]];
  for (const [bi, si] of kept) {
    if (bi > i || si > j) hunks.push({ start: i, end: bi, items: list.slice(j, si), side });
    [i, j] = [bi + 1, si + 1];
  }
  return hunks;
}

/** Whether a change touches a group of changes: overlapping, or inserting in the same place. */
function touches(hunk: Hunk, start: number, end: number): boolean {
  if (hunk.start < end && start < hunk.end) return true;
  if (hunk.start === hunk.end)
    return start === end ? hunk.start === start : start < hunk.start && hunk.start < end;
  return start === end && hunk.start < start && start < hunk.end;
}

/** One side's items over base[start, end), with its changes there applied. */
function sideOver(base: unknown[], hunks: Hunk[], side: Side, start: number, end: number) {
  const out: unknown[] = [];
  let at = start;
  for (const hunk of hunks) {
    if (hunk.side !== side) continue;
    out.push(...base.slice(at, hunk.start), ...hunk.items);
    at = hunk.end;
  }
  out.push(...base.slice(at, end));
  return out;
}

function mergeSequence(
  base: unknown[],
  mine: unknown[],
  theirs: unknown[],
  path: MergePath,
  ctx: Context,
): unknown[] {
  const all = [...hunksOf(base, mine, 'mine'), ...hunksOf(base, theirs, 'theirs')].sort(
    (a, b) => a.start - b.start || a.end - b.end,
  );
  const out: unknown[] = [];
  let at = 0;
  for (let i = 0; i < all.length; ) {
    const group = [all[i] as Hunk];
    let { start, end } = group[0] as Hunk;
    for (i++; i < all.length && touches(all[i] as Hunk, start, end); i++) {
      const next = all[i] as Hunk;
      group.push(next);
      end = Math.max(end, next.end);
    }
    out.push(...base.slice(at, start));
    at = end;
    const ours = sideOver(base, group, 'mine', start, end);
    const saved = sideOver(base, group, 'theirs', start, end);
    out.push(...settleGroup(base.slice(start, end), ours, saved, path, start, ctx));
  }
  out.push(...base.slice(at));
  return out;
}

/** One place in a list where changes meet: same result, added on both sides, or item by item. */
function settleGroup(
  base: unknown[],
  mine: unknown[],
  theirs: unknown[],
  path: MergePath,
  start: number,
  ctx: Context,
): unknown[] {
  if (sameValue(mine, theirs) || sameValue(base, mine)) return theirs;
  if (sameValue(base, theirs)) return mine;
  if (base.length === 0) {
    // Both added here: keep what was saved, then what only this tab added.
    const matched = new Set(commonItems(theirs, mine).map(([, j]) => j));
    return [...theirs, ...mine.filter((_, j) => !matched.has(j))];
  }
  if (mine.length === base.length && theirs.length === base.length)
    return base.map((item, k) => mergeValue(item, mine[k], theirs[k], [...path, start + k], ctx));
  return conflict([...path, start], base, mine, theirs, ctx) as unknown[];
}
