// Frozen in time: sharing. A person brings others in through a relationship (the role belongs
// to the relationship, not the account), gives it per-section grants, may pause all sharing,
// invites with a hashed token, shares single journal entries, and sees an append-only access
// log that is a hash chain per person. person_id leads every key.
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the app's current types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('relationship')
    .addColumn('person_id', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('known_as', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .addPrimaryKeyConstraint('relationship_pk', ['person_id', 'id'])
    .execute();
  // "Who shared with me", and the per-request lookup from the other side.
  await db.schema
    .createIndex('relationship_account')
    .on('relationship')
    .columns(['account_id', 'person_id'])
    .execute();
  // At most one current relationship between a person and an account.
  await sql`create unique index relationship_current on relationship (person_id, account_id) where ended_at is null`.execute(
    db,
  );

  await db.schema
    .createTable('access_grant')
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('relationship_id', 'text', (c) => c.notNull())
    .addColumn('section', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text')
    .addColumn('advance_choice', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('access_grant_pk', ['person_id', 'relationship_id', 'section'])
    .addForeignKeyConstraint(
      'access_grant_relationship',
      ['person_id', 'relationship_id'],
      'relationship',
      ['person_id', 'id'],
    )
    .execute();

  await db.schema
    .createTable('sharing_state')
    .addColumn('person_id', 'text', (c) => c.primaryKey().references('account.id'))
    .addColumn('paused_at', 'text')
    .addColumn('pause_emergency_links', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('invitation')
    .addColumn('person_id', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('known_as', 'text', (c) => c.notNull())
    .addColumn('grants', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('withdrawn_at', 'text')
    .addColumn('used_at', 'text')
    .addColumn('used_by', 'text')
    .addPrimaryKeyConstraint('invitation_pk', ['person_id', 'id'])
    .execute();
  await db.schema.createIndex('invitation_code').on('invitation').column('code_hash').execute();

  await db.schema
    .createTable('shared_journal_entry')
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('relationship_id', 'text', (c) => c.notNull())
    .addColumn('entry_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('shared_journal_entry_pk', [
      'person_id',
      'relationship_id',
      'entry_id',
    ])
    .execute();
  await db.schema
    .createIndex('shared_journal_entry_entry')
    .on('shared_journal_entry')
    .columns(['person_id', 'entry_id'])
    .execute();

  await db.schema
    .createTable('access_log')
    .addColumn('person_id', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('actor_role', 'text', (c) => c.notNull())
    .addColumn('relationship_id', 'text')
    .addColumn('what', 'text', (c) => c.notNull())
    .addColumn('section', 'text')
    .addColumn('detail', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('access_log_pk', ['person_id', 'seq'])
    .execute();
  await db.schema
    .createIndex('access_log_relationship')
    .on('access_log')
    .columns(['person_id', 'relationship_id', 'seq'])
    .execute();
}
