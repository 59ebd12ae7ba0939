// Kysely queries for journal entries and their revisions. Rows hold only ciphertext of the
// text. Every query is scoped by person_id, except key rotation, which walks every row of
// both tables once (in key order) to re-encrypt those still under an old key.
import type { Kysely } from 'kysely';
import type { Database, JournalEntryRow, JournalRevisionRow } from '../../store/schema.ts';
import { versionedRows } from '../../store/versioned-rows.ts';

export type JournalAction = 'create' | 'update' | 'delete' | 'restore';
export type Author = { authoredBy: string; authoredRole: string };
export type SealedColumns = Pick<JournalEntryRow, 'key_id' | 'iv' | 'auth_tag' | 'ciphertext'>;
export type EntryFields = Pick<JournalEntryRow, 'entry_date' | 'mood'> & SealedColumns;
export type RotationRow = SealedColumns & { person_id: string; id: string; version: number };

const entryRows = (db: Kysely<Database>) =>
  versionedRows(db, {
    table: 'journal_entry',
    revisionTable: 'journal_revision',
    revisionOwner: 'entry_id',
    revisionOf: (row, action: JournalAction, author: Author) => ({
      person_id: row.person_id,
      entry_id: row.id,
      version: row.version,
      action,
      entry_date: row.entry_date,
      mood: row.mood,
      key_id: row.key_id,
      iv: row.iv,
      auth_tag: row.auth_tag,
      ciphertext: row.ciphertext,
      authored_by: author.authoredBy,
      authored_role: author.authoredRole,
      created_at: row.updated_at,
    }),
  });

export function createJournalRepo(db: Kysely<Database>) {
  const rows = entryRows(db);
  return {
    find(personId: string, id: string): Promise<JournalEntryRow | undefined> {
      return db
        .selectFrom('journal_entry')
        .selectAll()
        .where('person_id', '=', personId)
        .where('id', '=', id)
        .executeTakeFirst();
    },

    /**
     * Live entries dated from `from` to `to` (both included), newest first; or, given
     * `deletedSince`, those deleted since then, the latest deletion first.
     */
    list(
      personId: string,
      from: string,
      to: string,
      limit: number,
      deletedSince?: string,
      /** Only these entries (those shared with a reader); all when undefined. */
      onlyIds?: readonly string[],
    ): Promise<JournalEntryRow[]> {
      if (onlyIds?.length === 0) return Promise.resolve([]);
      let query = db
        .selectFrom('journal_entry')
        .selectAll()
        .where('person_id', '=', personId)
        .where('entry_date', '>=', from)
        .where('entry_date', '<=', to);
      if (onlyIds) query = query.where('id', 'in', [...onlyIds]);
      const chosen =
        deletedSince === undefined
          ? query.where('deleted_at', 'is', null).orderBy('entry_date', 'desc')
          : query.where('deleted_at', '>=', deletedSince).orderBy('deleted_at', 'desc');
      return chosen.orderBy('created_at', 'desc').limit(limit).execute();
    },

    insert(row: JournalEntryRow, author: Author): Promise<void> {
      return rows.insert(row, 'create', author);
    },

    /** Writes a new version only if the stored one is still `expected`; undefined otherwise. */
    update(
      current: JournalEntryRow,
      expected: number,
      change: { fields?: EntryFields; deletedAt?: string | null; at: string },
      action: JournalAction,
      author: Author,
    ): Promise<JournalEntryRow | undefined> {
      const deletedAt = change.deletedAt === undefined ? current.deleted_at : change.deletedAt;
      const changes = { ...change.fields, deleted_at: deletedAt };
      return rows.update(current, expected, changes, change.at, action, author);
    },

    revisions(personId: string, id: string): Promise<JournalRevisionRow[]> {
      return rows.revisions(personId, id);
    },

    /** The next rows after `after` (in key order) whose key is not `keyId`. */
    async notUnderKey(
      table: 'journal_entry' | 'journal_revision',
      keyId: string,
      after: { personId: string; id: string; version: number } | null,
      limit: number,
    ): Promise<RotationRow[]> {
      const idColumn = table === 'journal_entry' ? 'id' : 'entry_id';
      let query = db
        .selectFrom(table)
        .select([
          'person_id',
          `${idColumn} as id`,
          'version',
          'key_id',
          'iv',
          'auth_tag',
          'ciphertext',
        ])
        .where('key_id', '<>', keyId);
      if (after) {
        const { personId, id, version } = after;
        query = query.where((eb) =>
          eb.or([
            eb('person_id', '>', personId),
            eb.and([eb('person_id', '=', personId), eb(idColumn, '>', id)]),
            eb.and([
              eb('person_id', '=', personId),
              eb(idColumn, '=', id),
              eb('version', '>', version),
            ]),
          ]),
        );
      }
      const rows = await query
        .orderBy('person_id')
        .orderBy(idColumn)
        .orderBy('version')
        .limit(limit)
        .execute();
      return rows as RotationRow[];
    },

    /** Replaces one row's ciphertext, only if it still holds exactly what was read. */
    async replaceSealed(
      table: 'journal_entry' | 'journal_revision',
      row: RotationRow,
      next: SealedColumns,
    ): Promise<boolean> {
      const idColumn = table === 'journal_entry' ? 'id' : 'entry_id';
      let query = db
        .updateTable(table)
        .set(next)
        .where('person_id', '=', row.person_id)
        .where(idColumn, '=', row.id)
        .where('key_id', '=', row.key_id)
        .where('iv', '=', row.iv);
      if (table === 'journal_revision') query = query.where('version', '=', row.version);
      const result = await query.executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async countNotUnderKey(
      table: 'journal_entry' | 'journal_revision',
      keyId: string,
    ): Promise<number> {
      const row = await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .where('key_id', '<>', keyId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

export type JournalRepo = ReturnType<typeof createJournalRepo>;
