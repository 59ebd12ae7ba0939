// Frozen in time: the account remembers when its owner was first welcomed (the welcome after
// sign-up is shown once, on whichever device they use first), and each emergency link may carry
// a name the person gives it ("For the crisis team"). Accounts that existed before this
// migration are past their first run, so they count as welcomed when they were created.
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the app's current types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('account').addColumn('welcomed_at', 'text').execute();
  await sql`update account set welcomed_at = created_at`.execute(db);
  await db.schema
    .alterTable('emergency_link')
    .addColumn('label', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
}
