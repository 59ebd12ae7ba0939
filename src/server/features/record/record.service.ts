// The use cases shared by every section of the record: create, read, list, version-aware
// update, soft delete and undo, history and restore. Each method takes the RecordScope the
// access policy granted and refuses work outside it.
import { createHash, randomUUID } from 'node:crypto';
import { isAccountActor } from '../../../domain/access/policy.ts';
import type { Role } from '../../../domain/auth/auth.schema.ts';
import { AppError, notFound } from '../../../domain/errors.ts';
import { type ItemKind, SECTION_OF_KIND } from '../../../domain/record/sections.ts';
import type { IfMatch } from '../../../domain/record/versioning.ts';
import type { RecordScope } from '../../http/access.ts';
import type { RecordItemRow, RecordRevisionRow } from '../../store/schema.ts';
import type { Provenance, RecordRepo, RevisionAction } from './record.repo.ts';
import { requireVersion, saveIfVersion, versionConflict } from './versioned-write.ts';

export type Item<T = unknown> = {
  id: string;
  kind: ItemKind;
  parentId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  data: T;
};

export type Revision<T = unknown> = {
  version: number;
  action: RevisionAction;
  data: T;
  createdAt: string;
  authoredBy: string;
  authoredRole: Role;
  agreedBy: string | null;
  agreedAt: string | null;
};

export type Clock = () => Date;

/** How long deleted items stay listed as "recently deleted", ready to be brought back. */
export const UNDO_WINDOW_DAYS = 30;

/** The earliest deletion time still listed as recently deleted at `now`. */
export function undoWindowStart(now: Date): string {
  return new Date(now.getTime() - UNDO_WINDOW_DAYS * 86_400_000).toISOString();
}

export function toItem<T>(row: RecordItemRow): Item<T> {
  return {
    id: row.id,
    kind: row.kind as ItemKind,
    parentId: row.parent_id,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
    data: JSON.parse(row.data) as T,
  };
}

function toRevision<T>(row: RecordRevisionRow): Revision<T> {
  return {
    version: row.version,
    action: row.action as RevisionAction,
    data: JSON.parse(row.data) as T,
    createdAt: row.created_at,
    authoredBy: row.authored_by,
    authoredRole: row.authored_role as Role,
    agreedBy: row.agreed_by,
    agreedAt: row.agreed_at,
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

export function createRecordService(repo: RecordRepo, clock: Clock) {
  const now = () => clock().toISOString();

  /** The person writes and, by writing, agrees. Others' suggestions (later) leave agreedBy empty. */
  function provenance(scope: RecordScope, at: string): Provenance {
    // Unreachable while the policy lets emergency links only read; kept as a hard stop.
    if (!isAccountActor(scope.actor)) throw new Error('Only an account can write to a record');
    const own = scope.actor.accountId === scope.personId;
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
  ): Promise<Item<T>> {
    requireScope(scope, current.kind as ItemKind, 'write');
    const data = change.data === undefined ? undefined : JSON.stringify(change.data);
    const updated = await saveIfVersion(ifMatch, current, {
      startsFrom: (row) => !liveOnly || !row.deleted_at,
      save: (expected) => {
        const at = now();
        return repo.update(
          current,
          expected,
          { data, deletedAt: change.deletedAt, at },
          action,
          provenance(scope, at),
        );
      },
      reread: () => repo.find(scope.personId, current.id),
      present: (row) => toItem(row),
    });
    return toItem<T>(updated);
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
  ): Promise<Item<T>> {
    requireScope(scope, kind, 'write');
    const at = now();
    const position = await repo.nextPosition(scope.personId, kind);
    const row = newRow(scope, kind, randomUUID(), data, parentId, at, position);
    return toItem<T>(await repo.insert(row, provenance(scope, at)));
  }

  return {
    create,

    async get<T>(scope: RecordScope, kind: ItemKind, id: string): Promise<Item<T>> {
      return toItem<T>(await load(scope, kind, id));
    },

    async getSingleton<T>(scope: RecordScope, kind: ItemKind): Promise<Item<T> | undefined> {
      requireScope(scope, kind, 'read');
      const row = await repo.findSingleton(scope.personId, kind);
      return row ? toItem<T>(row) : undefined;
    },

    async list<T>(
      scope: RecordScope,
      kind: ItemKind,
      options: { parentId?: string; deleted?: boolean } = {},
    ): Promise<Item<T>[]> {
      requireScope(scope, kind, 'read');
      const deleted = options.deleted ?? false;
      const rows = await repo.list(scope.personId, kind, {
        parentId: options.parentId,
        deleted,
        // "Recently deleted" lists what can still be brought back from the screens.
        deletedSince: deleted ? undoWindowStart(clock()) : undefined,
      });
      return rows.map((row) => toItem<T>(row));
    },

    async update<T>(
      scope: RecordScope,
      kind: ItemKind,
      id: string,
      ifMatch: IfMatch,
      data: T,
    ): Promise<Item<T>> {
      const current = await load(scope, kind, id);
      return write<T>(scope, current, ifMatch, { data }, 'update', true);
    },

    /** Saves a one-per-person item (About me). Version 0 means "nothing saved yet". */
    async saveSingleton<T>(
      scope: RecordScope,
      kind: ItemKind,
      ifMatch: IfMatch,
      data: T,
    ): Promise<Item<T>> {
      requireScope(scope, kind, 'write');
      const expected = requireVersion(ifMatch);
      const current = await repo.findSingleton(scope.personId, kind);
      if (current) return write<T>(scope, current, ifMatch, { data }, 'update');
      if (expected !== 0) throw new AppError('WM_VERSION_CONFLICT');
      // Another first save may be on its way: the fixed id makes the store accept only one.
      const at = now();
      const row = newRow(scope, kind, documentId(scope.personId, kind), data, null, at, 0);
      const created = await repo.insertIfAbsent(row, provenance(scope, at));
      if (created) return toItem<T>(created);
      const latest = await repo.findSingleton(scope.personId, kind);
      throw versionConflict(latest, (row) => toItem(row));
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

    async history<T>(scope: RecordScope, kind: ItemKind, id: string): Promise<Revision<T>[]> {
      const current = await load(scope, kind, id);
      const rows = await repo.revisions(scope.personId, current.id);
      return rows.map((row) => toRevision<T>(row));
    },

    async singletonHistory<T>(scope: RecordScope, kind: ItemKind): Promise<Revision<T>[]> {
      requireScope(scope, kind, 'read');
      const current = await repo.findSingleton(scope.personId, kind);
      if (!current) return [];
      const rows = await repo.revisions(scope.personId, current.id);
      return rows.map((row) => toRevision<T>(row));
    },

    /** Brings back an earlier version's words as a new version: history only ever grows. */
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
      return write<T>(
        scope,
        current,
        ifMatch,
        { data: JSON.parse(earlier.data), deletedAt: null },
        'restore',
      );
    },
  };
}

export type RecordService = ReturnType<typeof createRecordService>;
