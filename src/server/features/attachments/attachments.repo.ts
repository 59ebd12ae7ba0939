import { type Kysely, sql } from 'kysely';
import type { AttachmentRow, Database } from '../../store/schema.ts';

const META = [
  'id',
  'purpose',
  'media_type',
  'file_name',
  'byte_size',
  'sha256',
  'created_at',
  'deleted_at',
  'version',
] as const;

/** The item kinds whose stored JSON can name a file (the crisis plan and the safety plan). */
const KINDS_NAMING_FILES = ['crisis_plan', 'safety_plan'];

export function createAttachmentRepo(db: Kysely<Database>) {
  return {
    /**
     * Stores the file only if the person's files that still hold bytes, with this one, fit in
     * `quotaBytes`; otherwise stores nothing and says how many bytes are in use. The no-op
     * update of the person's account row first makes two uploads for one person wait for each
     * other (a row lock on PostgreSQL, the write lock on SQLite), so both cannot fit the same
     * space.
     */
    async insertWithinQuota(
      row: AttachmentRow,
      quotaBytes: number,
    ): Promise<{ stored: true } | { stored: false; usedBytes: number }> {
      return db.transaction().execute(async (trx) => {
        await trx
          .updateTable('account')
          .set({ display_name: sql`display_name` })
          .where('id', '=', row.person_id)
          .execute();
        const used = await trx
          .selectFrom('attachment')
          .select((eb) => eb.fn.sum<string | number | null>('byte_size').as('used'))
          .where('person_id', '=', row.person_id)
          .where('purged_at', 'is', null)
          .executeTakeFirst();
        const usedBytes = Number(used?.used ?? 0);
        if (usedBytes + row.byte_size > quotaBytes) return { stored: false, usedBytes };
        await trx.insertInto('attachment').values(row).execute();
        return { stored: true };
      });
    },

    list(personId: string, purpose: string) {
      return db
        .selectFrom('attachment')
        .select(META)
        .where('person_id', '=', personId)
        .where('purpose', '=', purpose)
        .where('deleted_at', 'is', null)
        .orderBy('created_at')
        .execute();
    },

    find(personId: string, purpose: string, id: string): Promise<AttachmentRow | undefined> {
      return db
        .selectFrom('attachment')
        .selectAll()
        .where('person_id', '=', personId)
        .where('purpose', '=', purpose)
        .where('id', '=', id)
        .executeTakeFirst();
    },

    /** Sets or clears `deleted_at` only if the stored version is still `expected`. */
    async setDeleted(
      personId: string,
      id: string,
      expected: number,
      deletedAt: string | null,
    ): Promise<AttachmentRow | undefined> {
      return db
        .updateTable('attachment')
        .set({ deleted_at: deletedAt, version: expected + 1 })
        .where('person_id', '=', personId)
        .where('id', '=', id)
        .where('version', '=', expected)
        .where('purged_at', 'is', null)
        .returningAll()
        .executeTakeFirst();
    },

    /** Files deleted before `before` that still hold bytes, across everyone (for the purge). */
    deletedBefore(before: string, personId?: string) {
      let query = db
        .selectFrom('attachment')
        .select(['person_id', 'id'])
        .where('deleted_at', 'is not', null)
        .where('deleted_at', '<', before)
        .where('purged_at', 'is', null);
      if (personId) query = query.where('person_id', '=', personId);
      return query.execute();
    },

    /**
     * The stored JSON of a person's plans that may still be brought back with a file in them:
     * each plan as it stands now, and every plan revision saved since `since`. The purge is
     * housekeeping that reads no one's words for anyone; it only looks for file ids in them.
     */
    async planTextsSince(personId: string, since: string): Promise<string[]> {
      const [current, revisions] = await Promise.all([
        db
          .selectFrom('record_item')
          .select('data')
          .where('person_id', '=', personId)
          .where('kind', 'in', KINDS_NAMING_FILES)
          .execute(),
        db
          .selectFrom('record_revision')
          .select('data')
          .where('person_id', '=', personId)
          .where('kind', 'in', KINDS_NAMING_FILES)
          .where('created_at', '>=', since)
          .execute(),
      ]);
      return [...current, ...revisions].map((row) => row.data);
    },

    /** Removes a deleted file's bytes for good, keeping its row (name, size, hash) as a trace. */
    async purge(personId: string, id: string, deletedBefore: string, at: string): Promise<void> {
      // Checked again here: an undelete may have come in since the file was picked.
      await db
        .updateTable('attachment')
        .set({ content: '', purged_at: at })
        .where('person_id', '=', personId)
        .where('id', '=', id)
        .where('deleted_at', 'is not', null)
        .where('deleted_at', '<', deletedBefore)
        .where('purged_at', 'is', null)
        .execute();
    },
  };
}

export type AttachmentRepo = ReturnType<typeof createAttachmentRepo>;
