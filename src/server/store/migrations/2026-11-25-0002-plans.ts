// Frozen in time: attachments (advance choice documents, photos for the safety plan) and
// emergency links to the crisis plan with a log of every view. File bytes are stored as
// base64 text so the same column type works on SQLite and PostgreSQL (files are at most 5 MB).
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the app's current types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('attachment')
    .addColumn('person_id', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('byte_size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .addPrimaryKeyConstraint('attachment_pk', ['person_id', 'id'])
    .execute();

  await db.schema
    .createTable('emergency_link')
    .addColumn('person_id', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addPrimaryKeyConstraint('emergency_link_pk', ['person_id', 'id'])
    .execute();

  await db.schema
    .createTable('emergency_link_view')
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('link_id', 'text', (c) => c.notNull())
    .addColumn('viewed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('emergency_link_view_pk', ['person_id', 'id'])
    .addForeignKeyConstraint(
      'emergency_link_view_link',
      ['person_id', 'link_id'],
      'emergency_link',
      ['person_id', 'id'],
    )
    .execute();
}
