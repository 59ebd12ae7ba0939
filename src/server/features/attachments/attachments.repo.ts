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

/** Bytes of the person's files that still hold bytes (deleted ones not yet purged included). */
async function usedBytesOf(db: Kysely<Database>, personId: string): Promise<number> {
  const used = await db
    .selectFrom('attachment')
    .select((eb) => eb.fn.sum<string | number | null>('byte_size').as('used'))
    .where('person_id', '=', personId)
    .where('purged_at', 'is', null)
    .executeTakeFirst();
  return Number(used?.used ?? 0);
}

export function createAttachmentRepo(db: Kysely<Database>) {
  return {
    usedBytes: (personId: string) => usedBytesOf(db, personId),

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
        const usedBytes = await usedBytesOf(trx, row.person_id);
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
        .where('purged_at', 'is', null)
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

    /**
     * Files that still hold bytes and have been out of the person's hands since before `before`:
     * deleted before it, or never deleted and uploaded before it. Across everyone (for the
     * purge), or one person's. Whether a plan still names them is for the caller to decide.
     */
    purgeCandidates(before: string, personId?: string) {
      let query = db
        .selectFrom('attachment')
        .select(['attachment.person_id', 'attachment.id'])
        .where('attachment.purged_at', 'is', null)
        .where((eb) =>
          eb.or([
            eb.and([eb('deleted_at', 'is not', null), eb('deleted_at', '<', before)]),
            eb.and([eb('deleted_at', 'is', null), eb('created_at', '<', before)]),
          ]),
        )
        // Files the plans name as they stand now are left out here already (most files), so
        // the caller reads plan revisions only for people with files that may really go.
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('record_item as plan')
                .select('plan.id')
                .whereRef('plan.person_id', '=', 'attachment.person_id')
                .where('plan.kind', 'in', KINDS_NAMING_FILES)
                .where(
                  sql<boolean>`${sql.ref('plan.data')} like '%' || ${sql.ref('attachment.id')} || '%'`,
                ),
            ),
          ),
        );
      if (personId) query = query.where('attachment.person_id', '=', personId);
      return query.execute();
    },

    /**
     * The stored JSON of every version of a person's plans that was current at some moment
     * since `since`: each plan as it stands now, every revision saved since `since`, and the
     * last revision saved before it (current when the window began). Any of these can be
     * brought back by a restore within the window, so any file they name is kept. The purge is
     * housekeeping that reads no one's words for anyone; it only looks for file ids in them.
     */
    async planTextsSince(personId: string, since: string): Promise<string[]> {
      const [current, revisions, ...atWindowStart] = await Promise.all([
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
        // One document per kind and person, so one revision per kind.
        ...KINDS_NAMING_FILES.map((kind) =>
          db
            .selectFrom('record_revision')
            .select('data')
            .where('person_id', '=', personId)
            .where('kind', '=', kind)
            .where('created_at', '<', since)
            .orderBy('created_at', 'desc')
            .orderBy('version', 'desc')
            .limit(1)
            .execute(),
        ),
      ]);
      return [...current, ...revisions, ...atWindowStart.flat()].map((row) => row.data);
    },

    /** Of these ids, the person's files whose bytes have been purged. */
    async purgedAmong(personId: string, purpose: string, ids: string[]): Promise<string[]> {
      if (ids.length === 0) return [];
      const rows = await db
        .selectFrom('attachment')
        .select('id')
        .where('person_id', '=', personId)
        .where('purpose', '=', purpose)
        .where('id', 'in', ids)
        .where('purged_at', 'is not', null)
        .execute();
      return rows.map((row) => row.id);
    },

    /** Removes a file's bytes for good, keeping its row (name, size, hash) as a trace. */
    async purge(personId: string, id: string, before: string, at: string): Promise<void> {
      // Checked again here: an undelete may have come in since the file was picked.
      await db
        .updateTable('attachment')
        .set({ content: '', purged_at: at })
        .where('person_id', '=', personId)
        .where('id', '=', id)
        .where('purged_at', 'is', null)
        .where((eb) =>
          eb.or([
            eb.and([eb('deleted_at', 'is not', null), eb('deleted_at', '<', before)]),
            eb.and([eb('deleted_at', 'is', null), eb('created_at', '<', before)]),
          ]),
        )
        .execute();
    },
  };
}

export type AttachmentRepo = ReturnType<typeof createAttachmentRepo>;
