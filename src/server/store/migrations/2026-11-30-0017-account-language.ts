// Frozen in time: the account keeps the language its owner chose, so every device and every email
// uses it. Null means not chosen yet: the device's choice or the browser's languages decide.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the app's current types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('account').addColumn('language', 'text').execute();
}
