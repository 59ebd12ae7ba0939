// Frozen in time: the state that several Waymark processes on one database must share
// (decision 0007). Sign-in failures also keep the client's address and, when the attempt came
// from a known device, that device; a known device is a browser that signed in to an account
// (its cookie token is stored only hashed); and request counters for rate limits, one row per
// key holding the start of its current window and the hits in it.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the app's current types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('login_failure').addColumn('address', 'text').execute();
  await db.schema.alterTable('login_failure').addColumn('device_hash', 'text').execute();
  await db.schema
    .createIndex('login_failure_address')
    .on('login_failure')
    .columns(['address', 'created_at'])
    .execute();
  await db.schema
    .createIndex('login_failure_created')
    .on('login_failure')
    .column('created_at')
    .execute();

  await db.schema
    .createTable('known_device')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) =>
      c.notNull().references('account.id').onDelete('cascade'),
    )
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('known_device_account')
    .on('known_device')
    .column('account_id')
    .execute();

  await db.schema
    .createTable('rate_limit_window')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('hits', 'integer', (c) => c.notNull())
    .execute();
}
