// Request counters kept in the database, so every server process behind a load balancer counts
// the same hits and a restart forgets nothing. One row per key: a window opens at the key's
// first hit and lasts `windowMs`; the next hit after that opens a new one. Counting is one
// upsert, atomic on both databases, and uses the app's clock (tests move it instead of sleeping).
//
// On PostgreSQL a hit is committed without waiting for the disk (decision 0021, evening
// addendum). Each write request counts a hit before its own transaction, so it waited for two
// flushes, one of them for a counter. A crash may now forget the last fraction of a second of
// hits (PostgreSQL flushes within three times wal_writer_delay, 0.6 s by default), and the
// limits then allow that many more tries. Nothing in anyone's record is written this way.
import { type Kysely, sql } from 'kysely';
import { isPostgres } from '../../store/compiled-query.ts';
import type { Database } from '../../store/schema.ts';
import type { Clock } from '../record/record.service.ts';

export type Hits = { hits: number; resetsInMs: number };

/** Rows whose window started longer ago than this are deleted (no limit uses a longer window). */
const KEEP_WINDOWS_MS = 24 * 3_600_000;
const PRUNE_EVERY_MS = 10 * 60_000;

type HitRow = { key: string; window_start: string; hits: number };

/**
 * The new row's insert. On PostgreSQL its values come through a subquery that turns off waiting
 * for the flush for this statement's own transaction (set_config's `true`), which ends with it.
 * Never inside a caller's transaction, whose writes must wait: the counter is given the store.
 */
function insertHit(db: Kysely<Database>, row: HitRow) {
  const insert = db.insertInto('rate_limit_window');
  if (!isPostgres(db) || db.isTransaction) return insert.values(row);
  return insert
    .columns(['key', 'window_start', 'hits'])
    .expression(
      db
        .selectFrom(sql`(select set_config('synchronous_commit', 'off', true))`.as('unflushed'))
        .select([
          sql.val(row.key).as('key'),
          sql.val(row.window_start).as('window_start'),
          sql.lit(row.hits).as('hits'),
        ]),
    );
}

export function createHitCounter(db: Kysely<Database>, clock: Clock) {
  // Process-local on purpose: it only spaces out the clean-up, which any process may do.
  let prunedAt = 0;

  async function pruneNowAndThen(now: Date): Promise<void> {
    if (now.getTime() - prunedAt < PRUNE_EVERY_MS) return;
    prunedAt = now.getTime();
    const before = new Date(now.getTime() - KEEP_WINDOWS_MS).toISOString();
    await db.deleteFrom('rate_limit_window').where('window_start', '<', before).execute();
  }

  return {
    /** Counts one hit for `key` and answers the hits in its current window (this one included). */
    async hit(key: string, windowMs: number): Promise<Hits> {
      const now = clock();
      const at = now.toISOString();
      const openSince = new Date(now.getTime() - windowMs).toISOString();
      const row = await insertHit(db, { key, window_start: at, hits: 1 })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet((eb) => {
            const open = eb('rate_limit_window.window_start', '>', openSince);
            return {
              hits: eb
                .case()
                .when(open)
                .then(eb('rate_limit_window.hits', '+', 1))
                .else(1)
                .end(),
              window_start: eb
                .case()
                .when(open)
                .then(eb.ref('rate_limit_window.window_start'))
                .else(at)
                .end(),
            };
          }),
        )
        .returning(['hits', 'window_start'])
        .executeTakeFirstOrThrow();
      await pruneNowAndThen(now);
      return {
        hits: Number(row.hits),
        resetsInMs: Math.max(0, Date.parse(row.window_start) + windowMs - now.getTime()),
      };
    },
  };
}
