// How a record item's stored JSON reaches today's shape. Every item and every revision is
// stored with the version of its kind's shape it was written in (the `schema_version`
// column, docs/decisions/0016-stored-json-versions.md). Reading runs the upgrade steps from
// that version to today's, then checks the result against today's schema, so a row written
// before a field was added still reads, lists, shows in history and restores.
// Pure: no I/O. Changing a kind's shape: docs/ARCHITECTURE.md, "How stored JSON evolves".
import { ITEM_SCHEMAS } from './item-schemas.ts';
import type { ItemKind } from './sections.ts';

type JsonObject = Record<string, unknown>;

/** Turns data in one version of a kind's shape into the next. Must not fail on valid data. */
export type UpgradeStep = (data: JsonObject) => JsonObject;

/**
 * The upgrade steps of each kind, oldest first: step 0 turns version 1 into version 2, step
 * 1 turns 2 into 3, and so on. A kind's current version is its number of steps plus one.
 * Append only: a step, once released, is never changed or removed, because rows in its
 * shape may exist anywhere, in backups too.
 */
export const UPGRADE_STEPS: Readonly<Record<ItemKind, readonly UpgradeStep[]>> = {
  about_me: [
    // 1 → 2: "How people can best support me" was added. Nobody had written it yet.
    (data) => ({ ...data, howToSupportMe: '' }),
  ],
  life_area: [],
  goal: [],
  goal_note: [],
  support_contact: [],
  staying_well: [],
  crisis_plan: [],
  safety_plan: [],
  after_crisis: [],
  moving_on: [],
  checkin_settings: [],
  life_area_rating: [],
  supporter_space: [],
};

/** The version of `kind`'s shape this code writes and understands. */
export function currentShapeVersion(kind: ItemKind): number {
  return UPGRADE_STEPS[kind].length + 1;
}

/** Why stored data cannot be shown: written by a newer Waymark, or not valid even upgraded. */
export type UnreadableReason = 'newer' | 'invalid';

export type StoredReading = { ok: true; data: unknown } | { ok: false; reason: UnreadableReason };

function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Brings `data`, stored in `version` of `kind`'s shape, to today's shape. */
export function upgrade(kind: ItemKind, version: number, data: unknown): StoredReading {
  const steps = UPGRADE_STEPS[kind];
  if (!Number.isInteger(version) || version < 1) return { ok: false, reason: 'invalid' };
  if (version > steps.length + 1) return { ok: false, reason: 'newer' };
  let shaped = data;
  for (const step of steps.slice(version - 1)) {
    if (!isJsonObject(shaped)) return { ok: false, reason: 'invalid' };
    shaped = step(shaped);
  }
  return { ok: true, data: shaped };
}

/**
 * Reads stored JSON text of `kind` in `version`: parses, upgrades and checks it against
 * today's schema. The data it answers is exactly what a save today would have stored.
 */
export function readStoredData(kind: ItemKind, version: number, json: string): StoredReading {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  const upgraded = upgrade(kind, version, parsed);
  if (!upgraded.ok) return upgraded;
  const checked = ITEM_SCHEMAS[kind].safeParse(upgraded.data);
  return checked.success ? { ok: true, data: checked.data } : { ok: false, reason: 'invalid' };
}
