// The use cases shared by every section of the record: create, read, list, version-aware
// update, soft delete and undo, history and restore. Each method takes the RecordScope the
// access policy granted and refuses work outside it.
import { createHash, randomUUID } from 'node:crypto';
import { isAccountActor } from '../../../domain/access/policy.ts';
import type { RecordScope } from '../../../domain/access/scope.ts';
import type { Role } from '../../../domain/auth/auth.schema.ts';
import { AppError, notFound } from '../../../domain/errors.ts';
import { withKeptFields } from '../../../domain/record/kept-fields.ts';
import type { Agreement } from '../../../domain/record/record.schema.ts';
import { type ItemKind, SECTION_OF_KIND } from '../../../domain/record/sections.ts';
import { currentShapeVersion } from '../../../domain/record/stored-json.ts';
import { UNDO_WINDOW_DAYS } from '../../../domain/record/undo-window.ts';
import type { IfMatch } from '../../../domain/record/versioning.ts';
import type { RecordItemRow } from '../../store/schema.ts';
import type {
  AlsoInTransaction,
  Provenance,
  RecordRepo,
  RevisionAction,
  RevisionAgreement,
} from './record.repo.ts';
import {
  type Item,
  itemOfRow,
  type Revision,
  readRow,
  toItem,
  toItemIfReadable,
  toItems,
  toRevisions,
  type UnreadableItem,
  type UnreadableLog,
  type UnreadableRevision,
  unreadableError,
} from './stored-items.ts';
import { requireVersion, saveIfVersion, versionConflict } from './versioned-write.ts';

export type { Item, Revision, UnreadableItem, UnreadableRevision } from './stored-items.ts';
export { toItem } from './stored-items.ts';

export type Clock = () => Date;

/**
 * How the person's own write came about, when not simply typed by them: accepting a suggestion
 * writes words authored by the suggester and agreed by the person (decision 0029), and marks the
 * suggestion accepted in the same transaction (`also`).
 */
export type WriteOrigin = {
  suggestedBy: { accountId: string; role: Role };
  also: AlsoInTransaction;
};

export type History<T> = { revisions: Revision<T>[]; unreadable: UnreadableRevision[] };

/** How long deleted items stay listed as "recently deleted", ready to be brought back. */
export { UNDO_WINDOW_DAYS };

/** The earliest deletion time still listed as recently deleted at `now`. */
export function undoWindowStart(now: Date): string {
  return new Date(now.getTime() - UNDO_WINDOW_DAYS * 86_400_000).toISOString();
}

/** The item's stored data as JSON, for the fields every write keeps; null if it cannot be read. */
function storedData(row: RecordItemRow): unknown {
  try {
    return JSON.parse(row.data);
  } catch {
    return null;
  }
}

function toAgreement(scope: RecordScope, found: RevisionAgreement | undefined): Agreement | null {
  if (!found) return null;
  return {
    authorName: found.author_name,
    byOwner: found.authored_by === scope.personId,
    agreedByName: found.agreed_by_name,
    agreedAt: found.agreed_at,
  };
}

function requireScope(scope: RecordScope, kind: ItemKind, action: 'read' | 'write'): void {
  if (SECTION_OF_KIND[kind] !== scope.section || (action === 'write' && scope.action !== 'write')) {
    throw new Error(`Scope ${scope.section}/${scope.action} does not cover ${action} of ${kind}`);
  }
}

/**
 * The id of a person's one-per-person document (About me, each plan), derived from the
 * person and the kind so that racing first saves collide on the primary key instead of
 * leaving two documents. Shaped as a UUID (version 8, RFC 9562) like every other id.
 */
export function documentId(personId: string, kind: ItemKind): string {
  const hex = createHash('sha256').update(`${personId}/${kind}`).digest('hex');
  const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * `logUnreadable` hears of every stored row a read had to leave out or refuse because this
 * server cannot read it (decision 0016); it gets ids and versions, never content.
 */
export function createRecordService(repo: RecordRepo, clock: Clock, logUnreadable: UnreadableLog) {
  const now = () => clock().toISOString();

  /**
   * The person writes and, by writing, agrees. An accepted suggestion is authored by the
   * suggester and agreed by the person, now.
   */
  function provenance(scope: RecordScope, at: string, origin?: WriteOrigin): Provenance {
    // Unreachable while the policy lets emergency links only read; kept as a hard stop.
    if (!isAccountActor(scope.actor)) throw new Error('Only an account can write to a record');
    const own = scope.actor.accountId === scope.personId;
    if (origin) {
      if (!own) throw new Error('Only the owner accepts a suggestion');
      return {
        authoredBy: origin.suggestedBy.accountId,
        authoredRole: origin.suggestedBy.role,
        agreedBy: scope.actor.accountId,
        agreedAt: at,
      };
    }
    return {
      authoredBy: scope.actor.accountId,
      authoredRole: scope.actor.role,
      agreedBy: own ? scope.actor.accountId : null,
      agreedAt: own ? at : null,
    };
  }

  async function load(scope: RecordScope, kind: ItemKind, id: string): Promise<RecordItemRow> {
    requireScope(scope, kind, 'read');
    const row = await repo.find(scope.personId, id);
    if (!row || row.kind !== kind) throw notFound();
    return row;
  }

  async function write<T>(
    scope: RecordScope,
    current: RecordItemRow,
    ifMatch: IfMatch,
    change: { data?: unknown; deletedAt?: string | null },
    action: RevisionAction,
    /** Only a live item can be changed: one deleted elsewhere is a conflict (412). */
    liveOnly = false,
    origin?: WriteOrigin,
  ): Promise<Item<T>> {
    const kind = current.kind as ItemKind;
    requireScope(scope, kind, 'write');
    // A write that keeps the stored words (delete, undelete) answers them, so it must be able to
    // read them first: refused before anything changes. A write with new words may replace
    // unreadable ones, which stay in the history. Kept words are stored again unchanged, so this
    // one reading also answers for the new version.
    const kept = change.data === undefined ? readRow(current) : undefined;
    if (kept && !kept.ok) throw unreadableError(kept.reason);
    const data =
      change.data === undefined
        ? undefined
        : {
            json: JSON.stringify(withKeptFields(kind, storedData(current), change.data)),
            schemaVersion: currentShapeVersion(kind),
          };
    const updated = await saveIfVersion(ifMatch, current, {
      startsFrom: (row) => !liveOnly || !row.deleted_at,
      save: (expected) => {
        const at = now();
        return repo.update(
          current,
          expected,
          { data, deletedAt: change.deletedAt, at },
          action,
          provenance(scope, at, origin),
          origin?.also,
        );
      },
      reread: () => repo.find(scope.personId, current.id),
      present: (row) => toItemIfReadable(row),
    });
    return kept?.ok ? itemOfRow<T>(updated, kept.data) : toItem<T>(updated);
  }

  function newRow(
    scope: RecordScope,
    kind: ItemKind,
    id: string,
    data: unknown,
    parentId: string | null,
    at: string,
    position: number,
  ): RecordItemRow {
    return {
      person_id: scope.personId,
      id,
      kind,
      parent_id: parentId,
      position,
      data: JSON.stringify(data),
      schema_version: currentShapeVersion(kind),
      version: 1,
      created_at: at,
      updated_at: at,
      deleted_at: null,
    };
  }

  async function create<T>(
    scope: RecordScope,
    kind: ItemKind,
    data: T,
    parentId: string | null = null,
    origin?: WriteOrigin,
  ): Promise<Item<T>> {
    requireScope(scope, kind, 'write');
    const at = now();
    const position = await repo.nextPosition(scope.personId, kind);
    const row = newRow(scope, kind, randomUUID(), data, parentId, at, position);
    return toItem<T>(await repo.insert(row, provenance(scope, at, origin), origin?.also));
  }

  /** The readable items of a kind, and a mark for each one this server cannot read. */
  async function listMarked<T>(
    scope: RecordScope,
    kind: ItemKind,
    options: { parentId?: string; deleted?: boolean } = {},
  ): Promise<{ items: Item<T>[]; unreadable: UnreadableItem[] }> {
    requireScope(scope, kind, 'read');
    const deleted = options.deleted ?? false;
    const rows = await repo.list(scope.personId, kind, {
      parentId: options.parentId,
      deleted,
      // "Recently deleted" lists what can still be brought back from the screens.
      deletedSince: deleted ? undoWindowStart(clock()) : undefined,
    });
    return toItems<T>(rows, logUnreadable);
  }

  /** Each version with the names of who wrote it and who agreed it. */
  async function named<T>(personId: string, history: History<T>): Promise<History<T>> {
    const ids = new Set<string>();
    for (const r of history.revisions) {
      ids.add(r.authoredBy);
      if (r.agreedBy) ids.add(r.agreedBy);
    }
    const names = await repo.namesFor(personId, [...ids]);
    const revisions = history.revisions.map((r) => ({
      ...r,
      authorName: names.get(r.authoredBy) ?? '',
      agreedByName: r.agreedBy ? (names.get(r.agreedBy) ?? '') : null,
    }));
    return { ...history, revisions };
  }

  return {
    create,

    /**
     * Adds and removes several items of one kind as one change, all or nothing, decided by
     * `plan` from the person's live items as they are inside the change (record.repo.ts,
     * `batch`). Each item gets its own version and revision, as if written one by one.
     */
    async batch<T>(
      scope: RecordScope,
      kind: ItemKind,
      plan: (
        live: Item<T>[],
        hasAny: (kinds: ItemKind[]) => Promise<boolean>,
      ) => Promise<{ create: T[]; remove: Item<T>[] }>,
    ): Promise<{ created: Item<T>[]; removed: Item<T>[] }> {
      requireScope(scope, kind, 'write');
      const at = now();
      const done = await repo.batch(
        scope.personId,
        kind,
        async (rows, nextPosition, hasAny) => {
          const { create, remove } = await plan(toItems<T>(rows, logUnreadable).items, hasAny);
          const removing = new Set(remove.map((item) => item.id));
          return {
            insert: create.map((data, index) =>
              newRow(scope, kind, randomUUID(), data, null, at, nextPosition + index),
            ),
            remove: rows.filter((row) => removing.has(row.id)),
          };
        },
        at,
        provenance(scope, at),
      );
      return { created: done.inserted.map(toItem<T>), removed: done.removed.map(toItem<T>) };
    },

    async get<T>(scope: RecordScope, kind: ItemKind, id: string): Promise<Item<T>> {
      return toItem<T>(await load(scope, kind, id));
    },

    async getSingleton<T>(scope: RecordScope, kind: ItemKind): Promise<Item<T> | undefined> {
      requireScope(scope, kind, 'read');
      const row = await repo.findSingleton(scope.personId, kind);
      return row ? toItem<T>(row) : undefined;
    },

    /** The readable items of a kind; any this server cannot read are logged and left out. */
    async list<T>(
      scope: RecordScope,
      kind: ItemKind,
      options: { parentId?: string; deleted?: boolean } = {},
    ): Promise<Item<T>[]> {
      return (await listMarked<T>(scope, kind, options)).items;
    },

    listMarked,

    /**
     * `list` for many people at once (the caseload), each under their own read scope of the
     * kind's section: the same rows, in the same order, with the same unreadable ones left out
     * and logged. People with none are left out of the map.
     */
    async listOf<T>(
      scopes: readonly RecordScope[],
      kind: ItemKind,
    ): Promise<Map<string, Item<T>[]>> {
      for (const scope of scopes) requireScope(scope, kind, 'read');
      const rows = await repo.liveItemsOf(
        scopes.map((scope) => scope.personId),
        kind,
      );
      const items = new Map<string, Item<T>[]>();
      for (const [personId, personRows] of rows)
        items.set(personId, toItems<T>(personRows, logUnreadable).items);
      return items;
    },

    async update<T>(
      scope: RecordScope,
      kind: ItemKind,
      id: string,
      ifMatch: IfMatch,
      data: T,
      origin?: WriteOrigin,
    ): Promise<Item<T>> {
      const current = await load(scope, kind, id);
      return write<T>(scope, current, ifMatch, { data }, 'update', true, origin);
    },

    /** Saves a one-per-person item (About me). Version 0 means "nothing saved yet". */
    async saveSingleton<T>(
      scope: RecordScope,
      kind: ItemKind,
      ifMatch: IfMatch,
      data: T,
      origin?: WriteOrigin,
    ): Promise<Item<T>> {
      requireScope(scope, kind, 'write');
      const expected = requireVersion(ifMatch);
      const current = await repo.findSingleton(scope.personId, kind);
      if (current) return write<T>(scope, current, ifMatch, { data }, 'update', false, origin);
      if (expected !== 0) throw new AppError('WM_VERSION_CONFLICT');
      // Another first save may be on its way: the fixed id makes the store accept only one.
      const at = now();
      const row = newRow(scope, kind, documentId(scope.personId, kind), data, null, at, 0);
      const created = await repo.insertIfAbsent(row, provenance(scope, at, origin), origin?.also);
      if (created) return toItem<T>(created);
      const latest = await repo.findSingleton(scope.personId, kind);
      throw versionConflict(latest, (row) => toItemIfReadable(row));
    },

    async remove<T>(
      scope: RecordScope,
      kind: ItemKind,
      id: string,
      ifMatch: IfMatch,
    ): Promise<Item<T>> {
      const current = await load(scope, kind, id);
      if (current.deleted_at) throw notFound();
      return write<T>(scope, current, ifMatch, { deletedAt: now() }, 'delete');
    },

    async undelete<T>(
      scope: RecordScope,
      kind: ItemKind,
      id: string,
      ifMatch: IfMatch,
    ): Promise<Item<T>> {
      const current = await load(scope, kind, id);
      if (!current.deleted_at) throw notFound();
      return write<T>(scope, current, ifMatch, { deletedAt: null }, 'restore');
    },

    /** Every version, newest first, in today's shape; a mark for each one it cannot read. */
    async history<T>(scope: RecordScope, kind: ItemKind, id: string): Promise<History<T>> {
      const current = await load(scope, kind, id);
      const history = toRevisions<T>(
        await repo.revisions(scope.personId, current.id),
        logUnreadable,
      );
      return named(scope.personId, history);
    },

    async singletonHistory<T>(scope: RecordScope, kind: ItemKind): Promise<History<T>> {
      requireScope(scope, kind, 'read');
      const current = await repo.findSingleton(scope.personId, kind);
      if (!current) return { revisions: [], unreadable: [] };
      const history = toRevisions<T>(
        await repo.revisions(scope.personId, current.id),
        logUnreadable,
      );
      return named(scope.personId, history);
    },

    /** Who wrote the item's current version and who agreed it, by name. */
    async agreement(scope: RecordScope, item: Item): Promise<Agreement | null> {
      requireScope(scope, item.kind, 'read');
      return toAgreement(scope, await repo.agreement(scope.personId, item.id, item.version));
    },

    /** `getSingleton` with `agreement` of its current version, read together. */
    async getSingletonAgreed<T>(
      scope: RecordScope,
      kind: ItemKind,
    ): Promise<{ item: Item<T>; agreement: Agreement | null } | undefined> {
      requireScope(scope, kind, 'read');
      const found = await repo.findSingletonAgreed(scope.personId, kind);
      if (!found) return undefined;
      return { item: toItem<T>(found.row), agreement: toAgreement(scope, found.agreement) };
    },

    /** Where an item is (its parent, whether deleted), without reading its words. */
    async locate(
      scope: RecordScope,
      kind: ItemKind,
      id: string,
    ): Promise<{ id: string; parentId: string | null; deletedAt: string | null }> {
      const row = await load(scope, kind, id);
      return { id: row.id, parentId: row.parent_id, deletedAt: row.deleted_at };
    },

    /** The id of a person's one-per-person document, if saved, without reading its words. */
    async locateSingleton(scope: RecordScope, kind: ItemKind): Promise<string | undefined> {
      requireScope(scope, kind, 'read');
      return (await repo.findSingleton(scope.personId, kind))?.id;
    },

    /**
     * Brings back an earlier version's words as a new version: history only ever grows. Old
     * words are upgraded to today's shape and checked against today's schema before they are
     * written, so a restore can never store what a save would refuse.
     */
    async restoreVersion<T>(
      scope: RecordScope,
      kind: ItemKind,
      id: string,
      ifMatch: IfMatch,
      version: number,
    ): Promise<Item<T>> {
      const current = await load(scope, kind, id);
      const earlier = await repo.revision(scope.personId, current.id, version);
      if (!earlier) throw new AppError('WM_NOT_FOUND', { field: 'version' });
      const reading = readRow(earlier);
      if (!reading.ok) throw unreadableError(reading.reason, 'version');
      return write<T>(scope, current, ifMatch, { data: reading.data, deletedAt: null }, 'restore');
    },
  };
}

export type RecordService = ReturnType<typeof createRecordService>;
