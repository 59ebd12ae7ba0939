// Frozen in time: quick check-ins and the private journal, each with an append-only revision
// table. Check-ins get their own table (not record_item) so a chart can read a person's time
// series through the (person_id, taken_at) index. Journal text is stored only as AES-256-GCM
// ciphertext with its key id, IV and tag; dates and moods stay plain for listing.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the app's current types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('checkin')
    .addColumn('person_id', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('taken_at', 'text', (c) => c.notNull())
    .addColumn('taken_on', 'text', (c) => c.notNull())
    .addColumn('scores', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('for_me_only', 'integer', (c) => c.notNull())
    .addColumn('signs_present', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .addPrimaryKeyConstraint('checkin_pk', ['person_id', 'id'])
    .execute();
  await db.schema
    .createIndex('checkin_time')
    .on('checkin')
    .columns(['person_id', 'taken_at'])
    .execute();

  await db.schema
    .createTable('checkin_revision')
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('checkin_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('taken_at', 'text', (c) => c.notNull())
    .addColumn('taken_on', 'text', (c) => c.notNull())
    .addColumn('scores', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('for_me_only', 'integer', (c) => c.notNull())
    .addColumn('signs_present', 'text', (c) => c.notNull())
    .addColumn('authored_by', 'text', (c) => c.notNull())
    .addColumn('authored_role', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('checkin_revision_pk', ['person_id', 'checkin_id', 'version'])
    .addForeignKeyConstraint('checkin_revision_checkin', ['person_id', 'checkin_id'], 'checkin', [
      'person_id',
      'id',
    ])
    .execute();

  await db.schema
    .createTable('journal_entry')
    .addColumn('person_id', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('entry_date', 'text', (c) => c.notNull())
    .addColumn('mood', 'integer')
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('iv', 'text', (c) => c.notNull())
    .addColumn('auth_tag', 'text', (c) => c.notNull())
    .addColumn('ciphertext', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .addPrimaryKeyConstraint('journal_entry_pk', ['person_id', 'id'])
    .execute();
  await db.schema
    .createIndex('journal_entry_date')
    .on('journal_entry')
    .columns(['person_id', 'entry_date'])
    .execute();
  // Key rotation looks for rows still under an old key.
  await db.schema.createIndex('journal_entry_key').on('journal_entry').column('key_id').execute();

  await db.schema
    .createTable('journal_revision')
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('entry_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entry_date', 'text', (c) => c.notNull())
    .addColumn('mood', 'integer')
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('iv', 'text', (c) => c.notNull())
    .addColumn('auth_tag', 'text', (c) => c.notNull())
    .addColumn('ciphertext', 'text', (c) => c.notNull())
    .addColumn('authored_by', 'text', (c) => c.notNull())
    .addColumn('authored_role', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('journal_revision_pk', ['person_id', 'entry_id', 'version'])
    .addForeignKeyConstraint('journal_revision_entry', ['person_id', 'entry_id'], 'journal_entry', [
      'person_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('journal_revision_key')
    .on('journal_revision')
    .column('key_id')
    .execute();
}
