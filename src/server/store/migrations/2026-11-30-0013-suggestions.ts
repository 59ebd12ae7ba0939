// Frozen in time: suggestions. Someone the person gave "suggest" on a section proposes new words
// for one item of it (or a new item), made against the version they saw. The proposal waits
// here until the person accepts it (then it is written as a revision of the item, authored by
// the suggester and agreed by the person), declines it, or the suggester withdraws it.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the app's current types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('suggestion')
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('relationship_id', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    // Null for a new item; for a one-per-person document, its fixed id once it exists.
    .addColumn('item_id', 'text')
    // The version the suggester saw; 0 when the item did not exist yet.
    .addColumn('base_version', 'integer', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('schema_version', 'integer', (c) => c.notNull())
    // pending, accepted, declined, withdrawn
    .addColumn('status', 'text', (c) => c.notNull())
    // 1 when the person changed the words before accepting.
    .addColumn('changed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reply', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    // The item and version the acceptance wrote.
    .addColumn('result_item_id', 'text')
    .addColumn('result_version', 'integer')
    .addPrimaryKeyConstraint('suggestion_pk', ['person_id', 'id'])
    .execute();
  await db.schema
    .createIndex('suggestion_status')
    .on('suggestion')
    .columns(['person_id', 'status', 'created_at'])
    .execute();
  // The suggester's own page lists theirs across everyone they support.
  await db.schema
    .createIndex('suggestion_author')
    .on('suggestion')
    .columns(['author_id', 'created_at'])
    .execute();
}
