// Migration 0021 on a database that already shares: SQLite makes the relationship table again
// (to let account_id be null), so every relationship, its grants and its indexes must come
// through as they were, and a relationship still needs an account or a team, never both.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Kysely, PostgresAdapter, sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, openPostgres, openSqlite } from '../../store/db.ts';
import { migrations } from '../../store/migrations/index.ts';
import type { Database } from '../../store/schema.ts';
import { createPostgresSchema, DIALECTS, duringSchemaChanges } from '../../test/dialects.ts';

const BEFORE = '2026-11-30-0020-teams';

async function openAt(dialect: string): Promise<{ db: Kysely<Database>; close(): Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-migration-'));
    const db = openSqlite(path.join(dir, 'test.db'));
    return {
      db,
      close: async () => {
        await db.destroy();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const scratch = await createPostgresSchema();
  const db = openPostgres(scratch.url);
  return {
    db,
    close: async () => {
      await db.destroy();
      await scratch.drop();
    },
  };
}

async function migrateTo(db: Kysely<Database>, name: string): Promise<void> {
  const onPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const schema = onPostgres
    ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s
    : undefined;
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableSchema: schema,
  });
  const { error } = await migrator.migrateTo(name);
  if (error) throw error;
}

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
  let store: Awaited<ReturnType<typeof openAt>>;
  beforeAll(async () => {
    store = await openAt(dialect);
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
