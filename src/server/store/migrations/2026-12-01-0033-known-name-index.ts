// Frozen in time: the name a person knows someone by (record.repo.ts `knownName`) is read from
// their latest relationship with that account, on every read of a section that names its author.
// Without created_at in an index, each such read sorted its matches in a temporary table of its
// own, and SQLite made and freed a page cache for it every time (decision 0021's night
// addendum). The person leads, as in every key of person-owned rows.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the app's current types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('relationship_known_name')
    .on('relationship')
    .columns(['person_id', 'account_id', 'created_at'])
    .execute();
}
