// The access log: everything anyone but the owner did with a person's record, in order. It
// is append-only and each person's entries form a hash chain (each hash covers the previous
// one), so `verifyChain` finds any entry changed or removed. It holds no record content.
// Appends are group-committed (see `append`): a busy server writes one transaction per turn of
// the event loop, not one per read, and every read still waits for its own entry.
import { createHash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { AccessContext } from '../../../domain/access/context.ts';
import { isAccountActor } from '../../../domain/access/policy.ts';
import type { RecordScope } from '../../../domain/access/scope.ts';
import type { Section } from '../../../domain/record/sections.ts';
import { KNOWN_ACCESS_LOG_EVENTS } from '../../../domain/sharing/access-log.schema.ts';
import { inChunks } from '../../store/people-chunks.ts';
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
/** Entries written in one transaction at most (well under both databases' parameter limits). */
const MAX_BATCH = 200;

type Waiting = {
  input: AccessLogInput;
  resolve(entry: AccessLogEntry): void;
  reject(error: unknown): void;
};

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

type ChainEnd = { seq: number; hash: string };
const START: ChainEnd = { seq: 0, hash: GENESIS_HASH };

/** The last entry of the person's chain: one indexed lookup (the primary key, newest first). */
async function chainEnd(executor: Kysely<Database>, personId: string): Promise<ChainEnd> {
  const last = await executor
    .selectFrom('access_log')
    .select(['seq', 'hash'])
    .where('person_id', '=', personId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return last ? { seq: Number(last.seq), hash: last.hash } : START;
}

/**
 * The last entry of each of `personIds`' chains (people with none are left out): per person one
 * lookup of the primary key's largest seq and the row there, however long the chain, in one
 * query per few hundred people. Driven from `account` (every log belongs to an account) so that
 * both databases look each person up by the key instead of reading whole chains.
 */
async function chainEnds(
  executor: Kysely<Database>,
  personIds: readonly string[],
): Promise<Map<string, ChainEnd>> {
  const rows = await inChunks(personIds, (some) =>
    executor
      .selectFrom('account as a')
      .innerJoin('access_log as l', (join) =>
        join.onRef('l.person_id', '=', 'a.id').on((eb) =>
          eb(
            'l.seq',
            '=',
            eb
              .selectFrom('access_log as m')
              .select((m) => m.fn.max('m.seq').as('last'))
              .whereRef('m.person_id', '=', 'a.id'),
          ),
        ),
      )
      .select(['l.person_id', 'l.seq', 'l.hash'])
      .where('a.id', 'in', some)
      .execute(),
  );
  return new Map(rows.map((row) => [row.person_id, { seq: Number(row.seq), hash: row.hash }]));
}

export function createAccessLog(db: Kysely<Database>, clock: () => Date) {
  /** The entry for `input`, chained on after `end`. */
  function chainedRow(input: AccessLogInput, end: ChainEnd): StoredEntry {
    const unhashed = {
      person_id: input.personId,
      seq: end.seq + 1,
      at: clock().toISOString(),
      actor_id: input.actorId,
      actor_name: input.actorName,
      actor_role: input.actorRole,
      relationship_id: input.relationshipId,
      what: input.what,
      section: input.section,
      detail: JSON.stringify(input.detail ?? {}),
      prev_hash: end.hash,
    };
    return { ...unhashed, hash: entryHash(unhashed) };
  }

  /** One entry written in the caller's transaction, so it stands or falls with what it logs. */
  async function appendIn(executor: Kysely<Database>, input: AccessLogInput) {
    for (let attempt = 1; ; attempt++) {
      const row = chainedRow(input, await chainEnd(executor, input.personId));
      try {
        await insertOnce(executor, row);
        return toEntry(row);
      } catch (error) {
        if (!isKeyConflict(error) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  /**
   * Writes a batch as one insert (one statement, so all or none): first the last entry of
   * every person in it (one query, see `chainEnds`), then the batch's entries chained on in
   * order. No transaction is held open across the two: when another
   * server process appended in between, the insert meets its seq and the whole batch is tried
   * again from fresh lookups.
   */
  async function writeBatch(batch: readonly Waiting[]): Promise<StoredEntry[]> {
    for (let attempt = 1; ; attempt++) {
      try {
        const ends = await chainEnds(db, [...new Set(batch.map((w) => w.input.personId))]);
        const rows: StoredEntry[] = [];
        for (const { input } of batch) {
          const row = chainedRow(input, ends.get(input.personId) ?? START);
          ends.set(input.personId, row);
          rows.push(row);
        }
        await db.insertInto('access_log').values(rows).execute();
        return rows;
      } catch (error) {
        if (!isKeyConflict(error) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  // Group commit: appends that arrive while a batch is being written wait for the next batch,
  // so a busy server commits (and syncs to disk) once per batch rather than once per read.
  // Each caller still waits for its own entry to be stored, and an entry that cannot be
  // stored fails its own read: no entry, no data.
  const waiting: Waiting[] = [];
  let writing = false;
  async function drain(): Promise<void> {
    try {
      while (waiting.length > 0) {
        const batch = waiting.splice(0, MAX_BATCH);
        try {
          const rows = await writeBatch(batch);
          for (const [i, w] of batch.entries()) w.resolve(toEntry(rows[i] as StoredEntry));
        } catch (error) {
          if (batch.length === 1) batch[0]?.reject(error);
          // One entry that cannot be stored fails its own request, not its neighbours'.
          else
            for (const w of batch)
              await writeBatch([w]).then(
                ([row]) => w.resolve(toEntry(row as StoredEntry)),
                w.reject,
              );
        }
      }
    } finally {
      writing = false;
    }
  }

  return {
    /**
     * Appends one entry at the end of the person's chain, once it is stored. Given a
     * transaction, the entry is written in it (not group-committed), so it stands or falls with
     * the change it logs.
     */
    append(input: AccessLogInput, executor?: Kysely<Database>): Promise<AccessLogEntry> {
      if (executor) return appendIn(executor, input);
      return new Promise((resolve, reject) => {
        waiting.push({ input, resolve, reject });
        if (writing) return;
        writing = true;
        // Wait for the rest of this turn of the event loop: the reads it is serving join the batch.
        setImmediate(() => void drain());
      });
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

    /**
     * Everyone who appears in the person's log, by relationship, under their latest name. A team
     * (decision 0040) appears under the team's name, whichever of its members acted.
     */
    async people(
      personId: string,
    ): Promise<{ relationshipId: string; name: string; role: string }[]> {
      const rows = await db
        .selectFrom('access_log')
        .select(['relationship_id', 'actor_name', 'actor_role', 'seq', 'detail'])
        .where('person_id', '=', personId)
        .where('relationship_id', 'is not', null)
        .orderBy('seq', 'asc')
        .execute();
      const latest = new Map<string, { relationshipId: string; name: string; role: string }>();
      for (const row of rows) {
        const relationshipId = row.relationship_id ?? '';
        const named = row.detail.includes('"team"') || row.detail.includes('"app"');
        const { team, app } = named
          ? (JSON.parse(row.detail) as { team?: unknown; app?: unknown })
          : {};
        if (typeof team === 'string')
          latest.set(relationshipId, { relationshipId, name: team, role: 'team' });
        // The person giving or taking back an app's key names the app (decision 0049).
        else if (typeof app === 'string')
          latest.set(relationshipId, { relationshipId, name: app, role: API_TOKEN_ROLE });
        else if (row.actor_role !== 'owner')
          latest.set(relationshipId, {
            relationshipId,
            name: row.actor_name,
            role: row.actor_role,
          });
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
    const team = context.relationship?.team;
    if (team && isAccountActor(actor)) {
      // Through a team (decision 0040): under the member's own name and role, and the team's.
      await log.append({
        personId: scope.personId,
        actorId: actor.accountId,
        actorName: team.memberName,
        actorRole: actor.role,
        relationshipId: context.relationship?.id ?? null,
        what: 'viewed',
        section: scope.section,
        detail: { route, team: team.name },
      });
      return;
    }
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

/**
 * The access step's log writer for the FHIR read API (decision 0049): one "viewed" entry per
 * section an app's token read (none: the person's name alone), under the name the person gave
 * the app, with the token's id where a relationship's would be.
 */
export function fhirReadLogger(log: Pick<AccessLog, 'append'>) {
  return async (
    context: AccessContext,
    sections: readonly (Section | null)[],
    route: string,
  ): Promise<void> => {
    const token = context.apiToken;
    if (!token) throw new Error('An API read without its token');
    for (const section of sections)
      await log.append({
        personId: context.ownerId,
        actorId: null,
        actorName: token.name,
        actorRole: API_TOKEN_ROLE,
        relationshipId: token.id,
        what: 'viewed',
        section,
        detail: { route },
      });
  };
}

/** The role an app's reads are logged under. */
export const API_TOKEN_ROLE = 'api_token';
