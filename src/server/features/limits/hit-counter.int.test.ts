// The hit counter on both databases: hits add up within a window and a new window opens after
// it. On PostgreSQL a hit's own commit does not wait for the disk (decision 0021, evening
// addendum); that must never reach the connection's later commits, nor a caller's transaction.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../store/db.ts';
import { DIALECTS, openTestStore } from '../../test/dialects.ts';
import { createHitCounter } from './hit-counter.ts';

const MINUTE = 60_000;

describe.each(DIALECTS)('the hit counter on %s', (dialect) => {
  let store: Store;
  let now = new Date('2026-12-01T10:00:00.000Z');
  const clock = () => now;
  beforeAll(async () => {
    store = await openTestStore(dialect);
  });
  afterAll(() => store.close());

  it('adds hits up per key within a window, and opens a new window after it', async () => {
    const counter = createHitCounter(store.db, clock);
    expect(await counter.hit('writes:sam', MINUTE)).toEqual({ hits: 1, resetsInMs: MINUTE });
    now = new Date(now.getTime() + 20_000);
    expect(await counter.hit('writes:sam', MINUTE)).toEqual({ hits: 2, resetsInMs: 40_000 });
    expect(await counter.hit('writes:alex', MINUTE)).toEqual({ hits: 1, resetsInMs: MINUTE });
    now = new Date(now.getTime() + 41_000);
    expect(await counter.hit('writes:sam', MINUTE)).toEqual({ hits: 1, resetsInMs: MINUTE });
  });
});

// SQLite has no such setting.
describe.runIf(DIALECTS.includes('postgres'))(
  'the hit counter on PostgreSQL, committing a hit without waiting for the disk',
  () => {
    let store: Store;
    const clock = () => new Date('2026-12-01T10:00:00.000Z');
    beforeAll(async () => {
      store = await openTestStore('postgres');
    });
    afterAll(() => store.close());

    it("leaves the connection's later commits, and a caller's transaction, waiting for the disk", async () => {
      const setting = async (db: Store['db']) =>
        (await sql<{ s: string }>`select current_setting('synchronous_commit') as s`.execute(db))
          .rows[0]?.s;
      await store.db.connection().execute(async (connection) => {
        await createHitCounter(connection, clock).hit('one-connection', MINUTE);
        expect(await setting(connection)).toBe('on');
      });
      await store.db.transaction().execute(async (trx) => {
        expect((await createHitCounter(trx, clock).hit('in-a-transaction', MINUTE)).hits).toBe(1);
        expect(await setting(trx)).toBe('on');
      });
    });
  },
);
