// Frozen in time: indexes so neither the quota sum nor the hourly purge reads past each file's
// stored bytes. In SQLite a row's later columns sit behind its content, so an index that holds
// what these queries need saves reading megabytes per file.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the app's current types
export async function up(db: Kysely<any>): Promise<void> {
  // The quota: one person's files still holding bytes, and their sizes.
  await db.schema
    .createIndex('attachment_usage')
    .on('attachment')
    .columns(['person_id', 'purged_at', 'byte_size'])
    .execute();
  // The purge: files still holding bytes, by when they were deleted or uploaded.
  await db.schema
    .createIndex('attachment_purge')
    .on('attachment')
    .columns(['purged_at', 'deleted_at', 'created_at'])
    .execute();
}
