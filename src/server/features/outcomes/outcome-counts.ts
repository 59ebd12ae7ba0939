// Keeps the outcome counts (decision 0055) in the transaction of every write that changes what
// a person adds to them: the rollup's write paths (outcome-rollup.ts), reviews, the choice to
// count, team connections starting and ending, closing an account. The person's part is worked
// out from their rows before the write and after it (domain/outcomes/outcome-counts.ts) and the
// difference added to the counts, so the counts are always the sum over people a rebuild gives.
import { type Kysely, sql, type Transaction } from 'kysely';
import {
  countChanges,
  isEmpty,
  noCounts,
  type OutcomeCounts,
  personOutcomeCounts,
  type TeamLink,
} from '../../../domain/outcomes/outcome-counts.ts';
import { monthOf } from '../../../domain/outcomes/outcome-values.ts';
import { isPostgres } from '../../store/compiled-query.ts';
import type { Database } from '../../store/schema.ts';
import { type CountedPart, outcomeRowsOf, type PersonRows, partOf } from './outcome-person-rows.ts';

type Db = Kysely<Database> | Transaction<Database>;

export type { CountedPart };

export const EVERYTHING: CountedPart = { values: {}, goals: true, reviews: true, members: true };

const personLocks = new WeakMap<object, Set<string>>();

/**
 * Two writes for one person change their rows one after the other: the no-op update of the
 * person's account row waits for the other's transaction (a row lock on PostgreSQL; SQLite has
 * one writer), so each reads what the other wrote. Once per person and transaction.
 */
export async function lockPerson(db: Db, personId: string): Promise<void> {
  const held = db.isTransaction ? (personLocks.get(db) ?? new Set<string>()) : undefined;
  if (held?.has(personId)) return;
  await db
    .updateTable('account')
    .set({ display_name: sql`display_name` })
    .where('id', '=', personId)
    .execute();
  if (held) personLocks.set(db, held.add(personId));
}

/**
 * Writers share this lock for their transaction; a refill of every count (outcome-counts-fill.ts)
 * takes it alone, so no write is half counted across it. PostgreSQL only: SQLite has one writer.
 */
export const COUNTS_LOCK = 160_055;

/**
 * Whether the counts are whole (not waiting for a refill), read under the shared lock, in a
 * statement after it so its snapshot sees a refill that ended while this write waited.
 */
async function countsReady(db: Db): Promise<boolean> {
  if (isPostgres(db)) await sql`select pg_advisory_xact_lock_shared(${COUNTS_LOCK})`.execute(db);
  const row = await db
    .selectFrom('outcome_count_state')
    .select('ready')
    .where('id', '=', 1)
    .executeTakeFirst();
  return row?.ready === 1;
}

/** A team connection as the counts' read gives it; null where the person has no team at all. */
type LinkRow = { service_id: string | null; created_at: string | null; ended_at: string | null };

const isLink = (row: LinkRow): row is LinkRow & { service_id: string; created_at: string } =>
  row.service_id !== null && row.created_at !== null;

/**
 * The team connections (ended ones too) by which the person counts, by their teams' services:
 * none unless they opted in. One read, where it was two round trips on PostgreSQL.
 */
async function countedLinks(db: Db, personId: string): Promise<TeamLink[]> {
  const rows: LinkRow[] = await db
    .selectFrom('outcome_consent as c')
    .leftJoin('relationship as r', (join) =>
      join.onRef('r.person_id', '=', 'c.person_id').on('r.team_id', 'is not', null),
    )
    .leftJoin('team as t', 't.id', 'r.team_id')
    .select(['t.service_id', 'r.created_at', 'r.ended_at'])
    .where('c.person_id', '=', personId)
    .execute();
  return rows.filter(isLink).map((row) => ({
    serviceId: row.service_id,
    createdAt: row.created_at,
    endedAt: row.ended_at,
  }));
}

/** A counted write's start: the person's team links and their rows for `part` before it. */
type CountedStart = { links: TeamLink[]; rows: PersonRows | undefined };

/**
 * Whether this write moves the counts and, if it does, what they rest on before it. Someone who
 * has not opted in, or is in no team, adds nothing and costs one read; the counts are left alone
 * until a refill has made them whole.
 */
async function countingStart(
  db: Db,
  personId: string,
  part: CountedPart,
): Promise<CountedStart | undefined> {
  await lockPerson(db, personId);
  // The person's lock keeps their consent and team connections as read until this write ends;
  // someone who has not opted in, or is in no team, adds nothing, so their writes need neither
  // the counts' lock nor more reads.
  const links = await countedLinks(db, personId);
  if (links.length === 0 && !part.members) return undefined;
  if (!(await countsReady(db))) return undefined;
  if (links.length === 0) return { links, rows: undefined };
  const rows = (await outcomeRowsOf(db, [personId], part)).get(personId);
  return { links, rows: rows ?? { values: [], goals: [], reviewMonths: [] } };
}

/**
 * Moves the counts by what the write changed of `part`: its rows after are `rowsAfter` when the
 * write knows them (what it wrote over the rows before), else read again.
 */
async function countingEnd(
  db: Db,
  personId: string,
  part: CountedPart,
  start: CountedStart,
  rowsAfter?: PersonRows,
): Promise<void> {
  const links = part.members ? await countedLinks(db, personId) : start.links;
  const before = start.links.length === 0 ? noCounts() : partOf(start.links, start.rows, part);
  let after = noCounts();
  if (links.length > 0) {
    const rows = rowsAfter ?? (await outcomeRowsOf(db, [personId], part)).get(personId);
    after = partOf(links, rows, part);
  }
  await addCounts(db, countChanges(before, after));
}

/**
 * Runs `work` (a write of the person's, in the caller's transaction) and moves the counts by
 * what it changed of `part`.
 */
export async function withOutcomeCounts<T>(
  db: Db,
  personId: string,
  part: CountedPart,
  work: () => Promise<T>,
): Promise<T> {
  const start = await countingStart(db, personId, part);
  const result = await work();
  if (start) await countingEnd(db, personId, part, start);
  return result;
}

/**
 * The same, for a write of monthly values that can say what it wrote (a new check-in): `work` is
 * handed the person's rows as the counts read them (undefined when the person does not count)
 * and answers their rows after it, or undefined when it rewrote more than it can say. Two reads
 * fewer while the write holds the person's lock.
 */
export async function withOutcomeValueWrite(
  db: Db,
  personId: string,
  part: CountedPart,
  work: (rowsBefore: PersonRows | undefined) => Promise<PersonRows | undefined>,
): Promise<void> {
  const start = await countingStart(db, personId, part);
  const rowsAfter = await work(start?.rows);
  if (start) await countingEnd(db, personId, part, start, rowsAfter);
}

/**
 * After new reviews of the person (created, or imported), in the write's transaction: each adds
 * one review held to every kept period holding its month, where the person counts. Reviews are
 * never edited in time nor deleted, so nothing else moves them.
 */
export async function countNewReviews(
  db: Db,
  personId: string,
  createdAt: readonly string[],
): Promise<void> {
  if (createdAt.length === 0) return;
  await lockPerson(db, personId);
  const links = await countedLinks(db, personId);
  if (links.length === 0 || !(await countsReady(db))) return;
  await addCounts(db, personOutcomeCounts({ links, reviewMonths: createdAt.map(monthOf) }));
}

const CHUNK = 500;

/** Runs `write` on each run of CHUNK rows, one after another (one statement's parameters). */
async function inBatches<Row>(rows: Row[], write: (some: Row[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += CHUNK)
    await write(rows.slice(start, start + CHUNK));
}

/** Adds these counts (negative ones subtract) in one order, so two writers never deadlock. */
export async function addCounts(db: Db, counts: OutcomeCounts): Promise<void> {
  if (isEmpty(counts)) return;
  const sorted = <R>(map: Map<string, R>) =>
    [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
  const pairs = sorted(counts.pairs).map((row) => ({
    scope: row.scope,
    from_month: row.from,
    series: row.series,
    first_value: row.first,
    latest_value: row.latest,
    people: row.people,
  }));
  await inBatches(pairs, (some) =>
    db
      .insertInto('outcome_pair_count')
      .values(some)
      .onConflict((oc) =>
        oc
          .columns(['scope', 'from_month', 'series', 'first_value', 'latest_value'])
          .doUpdateSet((eb) => ({
            people: eb('outcome_pair_count.people', '+', eb.ref('excluded.people')),
          })),
      )
      .execute(),
  );
  const periods = sorted(counts.periods).map((row) => ({
    scope: row.scope,
    from_month: row.from,
    goals_set: row.goalsSet,
    goals_achieved: row.goalsAchieved,
    reviews_held: row.reviewsHeld,
  }));
  await inBatches(periods, (some) =>
    db
      .insertInto('outcome_period_count')
      .values(some)
      .onConflict((oc) =>
        oc.columns(['scope', 'from_month']).doUpdateSet((eb) => ({
          goals_set: eb('outcome_period_count.goals_set', '+', eb.ref('excluded.goals_set')),
          goals_achieved: eb(
            'outcome_period_count.goals_achieved',
            '+',
            eb.ref('excluded.goals_achieved'),
          ),
          reviews_held: eb(
            'outcome_period_count.reviews_held',
            '+',
            eb.ref('excluded.reviews_held'),
          ),
        })),
      )
      .execute(),
  );
  const members = sorted(counts.members).map((row) => ({
    scope: row.scope,
    from_month: row.from,
    to_month: row.to,
    people: row.people,
  }));
  await inBatches(members, (some) =>
    db
      .insertInto('outcome_member_count')
      .values(some)
      .onConflict((oc) =>
        oc.columns(['scope', 'from_month', 'to_month']).doUpdateSet((eb) => ({
          people: eb('outcome_member_count.people', '+', eb.ref('excluded.people')),
        })),
      )
      .execute(),
  );
}
