import { sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import {
  createPostgresSchema,
  DIALECTS,
  duringSchemaChanges,
  openTestStore,
  POSTGRES_URL,
} from '../test/dialects.ts';
import { killHard, startServerProcess } from '../test/server-process.ts';
import { serverConnectionLabel } from './db.ts';

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

describe.runIf(DIALECTS.includes('postgres'))('A server on PostgreSQL', () => {
  it('keeps answering when PostgreSQL ends its idle connections', async () => {
    const scratch = await createPostgresSchema();
    const schema = new URL(scratch.url).searchParams.get('options')?.split('=')[1] ?? '';
    const server = await startServerProcess({ DATABASE_URL: scratch.url });
    const admin = new pg.Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    try {
      // The server's connections carry its label, so `waymark restore` can see it is running.
      const ended = await admin.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1',
        [serverConnectionLabel(schema)],
      );
      expect(ended.rowCount).toBeGreaterThan(0);
      const signUp = await fetch(`${server.url}/api/auth/sign-up`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          email: 'after-restart@example.test',
          password: 'a long enough password',
          displayName: 'Still here',
        }),
      });
      expect(signUp.status).toBe(201);
      expect(server.child.exitCode).toBeNull();
    } finally {
      await killHard(server);
      await admin.end();
      await scratch.drop();
    }
  }, 60_000);
});
