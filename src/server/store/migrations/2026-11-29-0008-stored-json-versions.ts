// Frozen in time: the version of the JSON shape each record item and each of its revisions
// was written in (docs/decisions/0016-stored-json-versions.md). Every row written before this
// migration is in the first shape of its kind, hence the default 1.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the app's current types
export async function up(db: Kysely<any>): Promise<void> {
  for (const table of ['record_item', 'record_revision']) {
    await db.schema
      .alterTable(table)
      .addColumn('schema_version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
  }
}
