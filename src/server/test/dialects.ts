// Runs store and API tests on both SQLite and PostgreSQL. Each test database is fresh: a new
// SQLite file, or a new PostgreSQL schema that is dropped afterwards. When PostgreSQL is not
// reachable the PostgreSQL runs are skipped with a visible message, unless
// WAYMARK_REQUIRE_POSTGRES=1 (as in CI), when they fail instead.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { migrate, openPostgres, openSqlite, type Store } from '../store/db.ts';
import type { Database } from '../store/schema.ts';
import { duringSchemaChanges, POSTGRES_URL, SCRATCH_SCHEMA_PREFIX } from './schema-lock.ts';

export { duringSchemaChanges, POSTGRES_URL };

export type Dialect = 'sqlite' | 'postgres';
const requirePostgres = process.env.WAYMARK_REQUIRE_POSTGRES === '1';

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

const reachable = await postgresReachable();
if (!reachable && requirePostgres) {
  throw new Error(
    `PostgreSQL is required (WAYMARK_REQUIRE_POSTGRES=1) but ${POSTGRES_URL} is not reachable`,
  );
}
if (!reachable) {
  console.warn(
    `\n  SKIPPING PostgreSQL tests: ${POSTGRES_URL} is not reachable. Set WAYMARK_TEST_DATABASE_URL or start PostgreSQL.\n`,
  );
}

/** The dialects to run on here: always SQLite, and PostgreSQL when it is reachable. */
export const DIALECTS: Dialect[] = reachable ? ['sqlite', 'postgres'] : ['sqlite'];

/** Opens a fresh, migrated store of the given dialect. Call `close()` to drop it. */
export async function openTestStore(dialect: Dialect): Promise<Store> {
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-test-'));
    const db = openSqlite(path.join(dir, 'test.db'));
    await migrate(db);
    return {
      db,
      dialect,
      close: async () => {
        await db.destroy();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  return duringSchemaChanges('migrate', async () => {
    const scratch = await createPostgresSchema();
    const db: Kysely<Database> = openPostgres(scratch.url);
    await migrate(db);
    return {
      db,
      dialect,
      close: async () => {
        await db.destroy();
        await scratch.drop();
      },
    };
  });
}

/** A new empty PostgreSQL schema and a connection URL that uses it; `drop()` removes it. */
export async function createPostgresSchema(): Promise<{ url: string; drop(): Promise<void> }> {
  const schema = `${SCRATCH_SCHEMA_PREFIX}${randomBytes(6).toString('hex')}`;
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: POSTGRES_URL });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`create schema ${schema}`);
  const url = new URL(POSTGRES_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    drop: () => duringSchemaChanges('drop', () => run(`drop schema ${schema} cascade`)),
  };
}
