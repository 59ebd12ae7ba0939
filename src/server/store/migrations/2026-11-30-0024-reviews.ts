// Frozen in time: reviews done together (decision 0043). A review belongs to the person
// (person_id leads every key); its JSON data carries its shape's version. Every change keeps a
// revision naming who saved it, so what the practitioner added stays theirs.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the app's current types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('review')
    .addColumn('person_id', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('schema_version', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .addPrimaryKeyConstraint('review_pk', ['person_id', 'id'])
    .execute();
  await db.schema
    .createIndex('review_person_created')
    .on('review')
    .columns(['person_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('review_revision')
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('review_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('schema_version', 'integer', (c) => c.notNull())
    .addColumn('authored_by', 'text', (c) => c.notNull())
    .addColumn('authored_role', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('review_revision_pk', ['person_id', 'review_id', 'version'])
    .execute();
}
