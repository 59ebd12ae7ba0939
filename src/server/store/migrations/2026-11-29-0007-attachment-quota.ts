// Frozen in time: what the storage quota and the If-Match rule on files and emergency links
// need. Attachments and emergency links get a version (each delete, undelete or revoke adds
// one), and an attachment whose bytes were purged after the undo window keeps its row with
// `purged_at` set and no content, so the quota counts only files that still hold bytes.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the app's current types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('attachment')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.alterTable('attachment').addColumn('purged_at', 'text').execute();
  // The purge looks for files deleted before a time, across everyone.
  await db.schema
    .createIndex('attachment_deleted_at')
    .on('attachment')
    .column('deleted_at')
    .execute();
  await db.schema
    .alterTable('emergency_link')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
}
