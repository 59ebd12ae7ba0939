// The access log: everything anyone but the owner did with a person's record, in order. It
// is append-only and each person's entries form a hash chain (each hash covers the previous
// one), so `verifyChain` finds any entry changed or removed. It holds no record content.
import { createHash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { AccessContext } from '../../../domain/access/context.ts';
import { isAccountActor } from '../../../domain/access/policy.ts';
import type { RecordScope } from '../../../domain/access/scope.ts';
import type { Section } from '../../../domain/record/sections.ts';
import { KNOWN_ACCESS_LOG_EVENTS } from '../../../domain/sharing/access-log.schema.ts';
import type { AccessLogTable, Database } from '../../store/schema.ts';

/** What the server writes: the kinds the API and the web know (domain/sharing). */
export const ACCESS_LOG_EVENTS = KNOWN_ACCESS_LOG_EVENTS;
export type AccessLogEvent = (typeof ACCESS_LOG_EVENTS)[number];

export type AccessLogInput = {
  personId: string;
  /** The account that acted; null for an emergency link. */
  actorId: string | null;
  /** The name and role at the time, so the log still reads right after changes. */
  actorName: string;
  actorRole: string;
  relationshipId: string | null;
  what: AccessLogEvent;
  section: Section | null;
  /** Ids and route names only, never record content. */
  detail?: Record<string, string | number | boolean | null>;
};

/** A stored entry: what was appended, where it stands in the person's chain, and its hash. */
export type AccessLogEntry = Omit<AccessLogInput, 'personId' | 'detail'> & {
  seq: number;
  at: string;
  detail: Record<string, unknown>;
  hash: string;
};

export type ChainCheck = { ok: true; entries: number } | { ok: false; brokenAt: number };

/** The previous hash of a person's first entry. */
export const GENESIS_HASH = '0'.repeat(64);

type StoredEntry = AccessLogTable;

/** SHA-256 over the previous hash and this entry's fields, in a fixed order. */
export function entryHash(row: Omit<StoredEntry, 'hash'>): string {
  const canonical = JSON.stringify([
    row.prev_hash,
    row.person_id,
    row.seq,
    row.at,
    row.actor_id,
    row.actor_name,
    row.actor_role,
    row.relationship_id,
    row.what,
    row.section,
    row.detail,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** Another append took the same seq first (both databases). */
function isKeyConflict(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

const MAX_ATTEMPTS = 20;

/**
 * Inside a transaction the insert gets a savepoint: PostgreSQL refuses every later statement
 * of a transaction after a failed one, so a lost race could not be retried otherwise.
 */
async function insertOnce(executor: Kysely<Database>, row: StoredEntry): Promise<void> {
  if (!executor.isTransaction) {
    await executor.insertInto('access_log').values(row).execute();
    return;
  }
  await sql`savepoint access_log_append`.execute(executor);
  try {
    await executor.insertInto('access_log').values(row).execute();
  } catch (error) {
    await sql`rollback to savepoint access_log_append`.execute(executor);
    throw error;
  }
  await sql`release savepoint access_log_append`.execute(executor);
}

export function createAccessLog(db: Kysely<Database>, clock: () => Date) {
  return {
    /**
     * Appends one entry at the end of the person's chain; retries when another append won.
     * Given a transaction, the entry is written in it, so it stands or falls with the change
     * it logs.
     */
    async append(input: AccessLogInput, executor: Kysely<Database> = db): Promise<AccessLogEntry> {
      for (let attempt = 1; ; attempt++) {
        const last = await executor
          .selectFrom('access_log')
          .select(['seq', 'hash'])
          .where('person_id', '=', input.personId)
          .orderBy('seq', 'desc')
          .limit(1)
          .executeTakeFirst();
        const unhashed = {
          person_id: input.personId,
          seq: Number(last?.seq ?? 0) + 1,
          at: clock().toISOString(),
          actor_id: input.actorId,
          actor_name: input.actorName,
          actor_role: input.actorRole,
          relationship_id: input.relationshipId,
          what: input.what,
          section: input.section,
          detail: JSON.stringify(input.detail ?? {}),
          prev_hash: last?.hash ?? GENESIS_HASH,
        };
        const row = { ...unhashed, hash: entryHash(unhashed) };
        try {
          await insertOnce(executor, row);
          return toEntry(row);
        } catch (error) {
          if (!isKeyConflict(error) || attempt >= MAX_ATTEMPTS) throw error;
        }
      }
    },

    /**
     * The person's log, newest first, optionally for one relationship or one section, and
     * optionally one page: entries before `before` (a seq), at most `limit` of them.
     */
    async list(
      personId: string,
      filter: { relationshipId?: string; section?: Section; before?: number; limit?: number } = {},
    ): Promise<AccessLogEntry[]> {
      let query = db.selectFrom('access_log').selectAll().where('person_id', '=', personId);
      if (filter.relationshipId) query = query.where('relationship_id', '=', filter.relationshipId);
      if (filter.section) query = query.where('section', '=', filter.section);
      if (filter.before !== undefined) query = query.where('seq', '<', filter.before);
      if (filter.limit !== undefined) query = query.limit(filter.limit);
      const rows = await query.orderBy('seq', 'desc').execute();
      return rows.map(toEntry);
    },

    /** Everyone who appears in the person's log, by relationship, under their latest name. */
    async people(
      personId: string,
    ): Promise<{ relationshipId: string; name: string; role: string }[]> {
      const rows = await db
        .selectFrom('access_log')
        .select(['relationship_id', 'actor_name', 'actor_role', 'seq'])
        .where('person_id', '=', personId)
        .where('relationship_id', 'is not', null)
        .where('actor_role', '<>', 'owner')
        .orderBy('seq', 'asc')
        .execute();
      const latest = new Map<string, { relationshipId: string; name: string; role: string }>();
      for (const row of rows) {
        const relationshipId = row.relationship_id ?? '';
        latest.set(relationshipId, { relationshipId, name: row.actor_name, role: row.actor_role });
      }
      return [...latest.values()];
    },

    /** Walks the person's chain from the start: ok, or the first seq that does not fit. */
    async verifyChain(personId: string): Promise<ChainCheck> {
      const rows = await db
        .selectFrom('access_log')
        .selectAll()
        .where('person_id', '=', personId)
        .orderBy('seq', 'asc')
        .execute();
      let previous = GENESIS_HASH;
      for (const [index, stored] of rows.entries()) {
        const row = { ...stored, seq: Number(stored.seq) };
        const { hash, ...unhashed } = row;
        if (row.seq !== index + 1) return { ok: false, brokenAt: index + 1 };
        if (row.prev_hash !== previous || entryHash(unhashed) !== hash) {
          return { ok: false, brokenAt: row.seq };
        }
        previous = hash;
      }
      return { ok: true, entries: rows.length };
    },
  };
}

function toEntry(row: StoredEntry): AccessLogEntry {
  return {
    seq: Number(row.seq),
    at: row.at,
    actorId: row.actor_id,
    actorName: row.actor_name,
    actorRole: row.actor_role,
    relationshipId: row.relationship_id,
    what: row.what as AccessLogEvent,
    section: row.section as Section | null,
    detail: JSON.parse(row.detail) as Record<string, unknown>,
    hash: row.hash,
  };
}

export type AccessLog = ReturnType<typeof createAccessLog>;

/**
 * The access step's log writer: one "viewed" entry per read of record data by anyone but the
 * owner, naming them as the person knows them and in the role they play for this person.
 */
export function readLogger(log: Pick<AccessLog, 'append'>) {
  return async (scope: RecordScope, context: AccessContext, route: string): Promise<void> => {
    const actor = scope.actor;
    await log.append({
      personId: scope.personId,
      actorId: isAccountActor(actor) ? actor.accountId : null,
      actorName: context.relationship?.knownAs ?? '',
      actorRole:
        context.relationship?.role ?? (isAccountActor(actor) ? actor.role : 'emergency_link'),
      relationshipId: context.relationship?.id ?? null,
      what: 'viewed',
      section: scope.section,
      detail: { route },
    });
  };
}
