// Frozen in time: two-step sign-in (decision 0039). An account's authenticator-app secret,
// encrypted at rest like journal text (key id, IV, tag, ciphertext), with when it was confirmed
// and the last time step a code was used for, so a code works once; its one-time recovery
// codes, kept only as hashes; the wrong codes counted per account for the waits; and the sign-ins
// whose password was right and which wait for the second step (only a hash of their token).
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the app's current types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('second_factor_totp')
    .addColumn('account_id', 'text', (c) => c.primaryKey().references('account.id'))
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('iv', 'text', (c) => c.notNull())
    .addColumn('auth_tag', 'text', (c) => c.notNull())
    .addColumn('ciphertext', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'text')
    .addColumn('last_used_step', 'integer')
    .execute();

  await db.schema
    .createTable('second_factor_recovery_code')
    .addColumn('account_id', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addPrimaryKeyConstraint('second_factor_recovery_code_pk', ['account_id', 'code_hash'])
    .execute();

  await db.schema
    .createTable('second_factor_failure')
    .addColumn('account_id', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('second_factor_failure_pk', ['account_id', 'id'])
    .execute();

  await db.schema
    .createTable('pending_sign_in')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('pending_sign_in_by_account')
    .on('pending_sign_in')
    .column('account_id')
    .execute();
}
