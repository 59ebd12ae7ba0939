// Frozen in time: an Observation says when its score was prorated, so a chart or a report that
// reads only this table can still tell a score worked out from 8 of 9 answers from a full one.
// Both columns are null on rows written before this migration (not known then).
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the app's current types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('observation').addColumn('items_answered', 'integer').execute();
  await db.schema.alterTable('observation').addColumn('items_total', 'integer').execute();
}
