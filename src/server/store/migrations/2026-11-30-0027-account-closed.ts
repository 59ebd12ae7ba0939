// Frozen in time: when an account was closed (issue 15). A closed account's row stays only so
// that other people's records can still say who once looked or wrote; it holds no content.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the app's current types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('account').addColumn('closed_at', 'text').execute();
}
