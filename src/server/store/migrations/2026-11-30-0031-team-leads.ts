// Frozen in time: which practitioners lead a team (issue 16, decision 0053). A team lead reads
// their own team's outcome report; the service admin marks and unmarks them. 0 or 1, so both
// databases keep it alike; a membership that ends keeps its mark with it, and is not counted.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the app's current types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('team_member')
    .addColumn('lead', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}
