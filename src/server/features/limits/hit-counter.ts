// Request counters kept in the database, so every server process behind a load balancer counts
// the same hits and a restart forgets nothing. One row per key: a window opens at the key's
// first hit and lasts `windowMs`; the next hit after that opens a new one. Counting is one
// upsert, atomic on both databases, and uses the app's clock (tests move it instead of sleeping).
import { type Kysely, sql } from 'kysely';
import { isPostgres } from '../../store/compiled-query.ts';
import type { Database } from '../../store/schema.ts';
import type { Clock } from '../record/record.service.ts';

export type Hits = { hits: number; resetsInMs: number };

/** Rows whose window started longer ago than this are deleted (no limit uses a longer window). */
const KEEP_WINDOWS_MS = 24 * 3_600_000;
const PRUNE_EVERY_MS = 10 * 60_000;

/**
 * Runs a counter's write without waiting for the disk. A count is not record data: after a
 * power cut it may miss the last few hits, and that is all. Every write request counts a hit,
 * so with SQLite's synchronous=FULL each one waited for two flushes to disk, the counter's and
 * its own (decision 0021). For this one statement the connection uses NORMAL, which in WAL mode
 * never corrupts the database, and the next FULL commit, the request's own, flushes both.
 * Kysely's one SQLite connection runs nothing else meanwhile. On PostgreSQL the hit is written
 * as before.
 */
async function withoutWaitingForDisk<T>(
  db: Kysely<Database>,
  write: (connection: Kysely<Database>) => Promise<T>,
): Promise<T> {
  if (isPostgres(db)) return write(db);
  return db.connection().execute(async (connection) => {
    await sql`pragma synchronous = NORMAL`.execute(connection);
    try {
      return await write(connection);
    } finally {
      await sql`pragma synchronous = FULL`.execute(connection);
    }
  });
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
      const row = await withoutWaitingForDisk(db, (connection) =>
        connection
          .insertInto('rate_limit_window')
          .values({ key, window_start: at, hits: 1 })
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
          .executeTakeFirstOrThrow(),
      );
      await pruneNowAndThen(now);
      return {
        hits: Number(row.hits),
        resetsInMs: Math.max(0, Date.parse(row.window_start) + windowMs - now.getTime()),
      };
    },
  };
}
