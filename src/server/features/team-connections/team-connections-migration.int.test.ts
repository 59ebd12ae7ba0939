// Migration 0021 on a database that already shares: SQLite makes the relationship table again
// (to let account_id be null), so every relationship, its grants and its indexes must come
// through as they were, and a relationship still needs an account or a team, never both.
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../store/db.ts';
import { DIALECTS, duringSchemaChanges } from '../../test/dialects.ts';
import { migrateTo, openEmptyStore } from '../../test/migration-store.ts';

const BEFORE = '2026-11-30-0020-teams';

const account = (id: string) => ({
  id,
  email: `${id}@example.test`,
  password_hash: 'not used here',
  display_name: id,
  role: 'person',
  created_at: '2026-06-01T09:00:00.000Z',
  welcomed_at: null,
  language: null,
});

describe.each(DIALECTS)('Migration 0021 on %s', (dialect) => {
  let store: Awaited<ReturnType<typeof openEmptyStore>>;
  beforeAll(async () => {
    store = await openEmptyStore(dialect);
    const db = store.db as unknown as Kysely<Record<string, Record<string, unknown>>>;
    await duringSchemaChanges('migrate', () => migrateTo(store.db, BEFORE));
    await db
      .insertInto('account')
      .values([account('sam'), account('jo')])
      .execute();
    await db
      .insertInto('relationship')
      .values({
        person_id: 'sam',
        id: 'rel-1',
        account_id: 'jo',
        role: 'friend',
        known_as: 'Jo',
        created_at: '2026-11-01T09:00:00.000Z',
        ended_at: null,
      })
      .execute();
    await db
      .insertInto('access_grant')
      .values({
        person_id: 'sam',
        relationship_id: 'rel-1',
        section: 'goals',
        level: 'view',
        ends_at: null,
        advance_choice: 0,
      })
      .execute();
    await duringSchemaChanges('migrate', () => migrate(store.db));
  });
  afterAll(() => store.close());

  it('keeps every relationship and its grants', async () => {
    const relationship = await store.db
      .selectFrom('relationship')
      .selectAll()
      .where('person_id', '=', 'sam')
      .executeTakeFirstOrThrow();
    expect(relationship).toMatchObject({ id: 'rel-1', account_id: 'jo', team_id: null });
    const grants = await store.db.selectFrom('access_grant').selectAll().execute();
    expect(grants).toEqual([
      expect.objectContaining({ relationship_id: 'rel-1', section: 'goals' }),
    ]);
  });

  it('still allows one current relationship per account, and needs an account or a team', async () => {
    const again = store.db
      .insertInto('relationship')
      .values({
        person_id: 'sam',
        id: 'rel-2',
        account_id: 'jo',
        team_id: null,
        role: 'friend',
        known_as: 'Jo',
        created_at: '2026-11-02T09:00:00.000Z',
        ended_at: null,
      })
      .execute();
    await expect(again).rejects.toThrow();
    const neither = store.db
      .insertInto('relationship')
      .values({
        person_id: 'sam',
        id: 'rel-3',
        account_id: null,
        team_id: null,
        role: 'friend',
        known_as: 'Nobody',
        created_at: '2026-11-02T09:00:00.000Z',
        ended_at: null,
      })
      .execute();
    await expect(neither).rejects.toThrow();
    // A grant for a relationship that is not there is still refused (the foreign key survived).
    const orphan = store.db
      .insertInto('access_grant')
      .values({
        person_id: 'sam',
        relationship_id: 'no-such',
        section: 'goals',
        level: 'view',
        ends_at: null,
        advance_choice: 0,
      })
      .execute();
    await expect(orphan).rejects.toThrow();
  });
});
