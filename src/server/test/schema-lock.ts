// The lock the tests' scratch PostgreSQL schemas share (dialects.ts makes them). Kysely's
// migrator reads the catalogue of every schema in the database, and fails with "schema does
// not exist" when another test drops its schema in the middle of that read. So a migration,
// in this process or in a server it starts, holds the lock shared, and a drop holds it alone.
// No connection is made on import: the benchmarks load server-process.ts too.
import pg from 'pg';

export const POSTGRES_URL =
  process.env.WAYMARK_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** The prefix of every scratch schema's name (dialects.ts `createPostgresSchema`). */
export const SCRATCH_SCHEMA_PREFIX = 'wm_test_';

/** Runs `work` holding the test schemas lock: shared to migrate, exclusive to drop. */
export async function duringSchemaChanges<T>(
  kind: 'migrate' | 'drop',
  work: () => Promise<T>,
): Promise<T> {
  const lock = new pg.Client({ connectionString: POSTGRES_URL });
  await lock.connect();
  try {
    const take = kind === 'migrate' ? 'pg_advisory_lock_shared' : 'pg_advisory_lock';
    await lock.query(`select ${take}(hashtext('waymark-test-schemas'))`);
    return await work();
  } finally {
    await lock.end(); // ending the session releases the lock
  }
}

/** Whether a server given this DATABASE_URL would migrate one of the tests' scratch schemas. */
export function isScratchSchemaUrl(databaseUrl: string | undefined): boolean {
  if (!databaseUrl?.startsWith('postgres')) return false;
  const options = new URL(databaseUrl).searchParams.get('options') ?? '';
  return options.includes(`search_path=${SCRATCH_SCHEMA_PREFIX}`);
}
