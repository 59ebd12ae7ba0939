// Frozen in time: passkeys (WebAuthn, decision 0041). An account's passkeys: the credential's id
// and public key as the authenticator gave them (base64url), its signature counter, the ways it
// can be reached (transports), the name the person gave it, and when it was added and last used;
// and the challenges handed out for adding one or for the second step of a sign-in, each used
// once and for a few minutes only.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the app's current types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('passkey')
    .addColumn('account_id', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('credential_id', 'text', (c) => c.notNull())
    .addColumn('public_key', 'text', (c) => c.notNull())
    .addColumn('counter', 'bigint', (c) => c.notNull())
    .addColumn('transports', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .addPrimaryKeyConstraint('passkey_pk', ['account_id', 'id'])
    .execute();
  // One credential belongs to one account: the same authenticator's key is never added twice.
  await db.schema
    .createIndex('passkey_credential')
    .on('passkey')
    .column('credential_id')
    .unique()
    .execute();

  await db.schema
    .createTable('passkey_challenge')
    .addColumn('challenge', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('passkey_challenge_by_time')
    .on('passkey_challenge')
    .column('created_at')
    .execute();
}
