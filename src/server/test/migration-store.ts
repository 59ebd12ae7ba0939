// A scratch database of either dialect for tests of one migration: opened empty, taken up to the
// migration before the one under test, given rows of that time, then migrated to the end.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Kysely, PostgresAdapter, sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { openPostgres, openSqlite } from '../store/db.ts';
import { migrations } from '../store/migrations/index.ts';
import type { Database } from '../store/schema.ts';
import { createPostgresSchema } from './dialects.ts';

export type MigrationStore = { db: Kysely<Database>; close(): Promise<void> };

/** An empty database on `dialect`: a temporary SQLite file, or a PostgreSQL scratch schema. */
export async function openEmptyStore(dialect: string): Promise<MigrationStore> {
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

/** Runs the migrations up to and including `name`, and no further. */
export async function migrateTo(db: Kysely<Database>, name: string): Promise<void> {
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
