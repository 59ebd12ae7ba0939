// Migration 0012 on a database that already has people in it: those who used Waymark before
// the welcome existed are past their first run, so it is not shown to them; their emergency
// links keep working, with no name.
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

const BEFORE = '2026-11-29-0011-sharing';

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

describe.each(DIALECTS)('Migration 0012 on %s', (dialect) => {
  let store: Awaited<ReturnType<typeof openAt>>;
  beforeAll(async () => {
    store = await openAt(dialect);
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
