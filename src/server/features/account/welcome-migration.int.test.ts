// Migration 0012 on a database that already has people in it: those who used Waymark before
// the welcome existed are past their first run, so it is not shown to them; their emergency
// links keep working, with no name.
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../store/db.ts';
import { DIALECTS, duringSchemaChanges } from '../../test/dialects.ts';
import { migrateTo, openEmptyStore } from '../../test/migration-store.ts';

const BEFORE = '2026-11-29-0011-sharing';

describe.each(DIALECTS)('Migration 0012 on %s', (dialect) => {
  let store: Awaited<ReturnType<typeof openEmptyStore>>;
  beforeAll(async () => {
    store = await openEmptyStore(dialect);
    const db = store.db as unknown as Kysely<Record<string, Record<string, unknown>>>;
    await duringSchemaChanges('migrate', () => migrateTo(store.db, BEFORE));
    await db
      .insertInto('account')
      .values({
        id: 'earlier-person',
        email: 'earlier@example.test',
        password_hash: 'not used here',
        display_name: 'Earlier',
        role: 'person',
        created_at: '2026-06-01T09:00:00.000Z',
      })
      .execute();
    await db
      .insertInto('emergency_link')
      .values({
        person_id: 'earlier-person',
        id: 'link-1',
        token_hash: 'hash-1',
        created_at: '2026-11-01T09:00:00.000Z',
        expires_at: '2026-12-01T09:00:00.000Z',
        revoked_at: null,
        version: 1,
      })
      .execute();
    await duringSchemaChanges('migrate', () => migrate(store.db));
  });
  afterAll(() => store.close());

  it('counts people who were there before as welcomed when their account was made', async () => {
    const row = await store.db
      .selectFrom('account')
      .select(['welcomed_at', 'created_at'])
      .where('id', '=', 'earlier-person')
      .executeTakeFirstOrThrow();
    expect(row.welcomed_at).toBe('2026-06-01T09:00:00.000Z');
  });

  it('gives emergency links made before it an empty name', async () => {
    const link = await store.db
      .selectFrom('emergency_link')
      .select('label')
      .where('id', '=', 'link-1')
      .executeTakeFirstOrThrow();
    expect(link.label).toBe('');
  });
});
