import { sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { DIALECTS, duringSchemaChanges, openTestStore, POSTGRES_URL } from '../test/dialects.ts';

describe.runIf(DIALECTS.includes('postgres'))('Migrating PostgreSQL', () => {
  it("is not confused by Kysely's tables in another schema of the same database", async () => {
    const decoy = `wm_decoy_${crypto.randomUUID().slice(0, 8)}`;
    const admin = new pg.Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    try {
      await admin.query(`create schema ${decoy}`);
      await admin.query(
        `create table ${decoy}.kysely_migration_lock (id text primary key, is_locked integer)`,
      );
      await admin.query(
        `create table ${decoy}.kysely_migration (name text primary key, timestamp text)`,
      );
      const store = await openTestStore('postgres');
      const { rows } = await sql<{ name: string }>`
        select table_name as name from information_schema.tables where table_schema = current_schema()
      `.execute(store.db);
      await store.close();
      expect(rows.map((row) => row.name)).toEqual(
        expect.arrayContaining(['kysely_migration', 'record_item']),
      );
    } finally {
      await duringSchemaChanges('drop', () =>
        admin.query(`drop schema if exists ${decoy} cascade`),
      );
      await admin.end();
    }
  });
});
