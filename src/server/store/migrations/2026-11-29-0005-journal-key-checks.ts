// Frozen in time: one check value per journal key id, so that start-up can tell whether the key
// configured under an id is the one that id was first used with. The check is the AES-256-GCM
// encryption of a fixed text under that key (never the key itself); see decision 0011.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the app's current types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('journal_key_check')
    .addColumn('key_id', 'text', (c) => c.notNull().primaryKey())
    .addColumn('iv', 'text', (c) => c.notNull())
    .addColumn('auth_tag', 'text', (c) => c.notNull())
    .addColumn('ciphertext', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}
