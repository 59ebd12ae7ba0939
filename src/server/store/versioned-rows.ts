// The storage half of optimistic versioning, shared by every table that keeps a current row
// plus an append-only revision table (record items, check-ins, journal entries, measure
// responses). A write changes the current row only if it still has the version the caller
// read, and appends the revision in the same transaction, so a row and its history never
// disagree and a lost race shows up as "nothing updated" instead of a silent overwrite.
// Each feature still owns its tables, its columns and what a revision records.
import type { Insertable, Kysely, Selectable, Transaction, Updateable } from 'kysely';
import type { Database } from './schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** The columns the mechanism relies on; every versioned table has them. */
type VersionedColumns = { person_id: string; id: string; version: number; updated_at: string };
type VersionedTableName = {
  [T in keyof Database]: Database[T] extends VersionedColumns ? T : never;
}[keyof Database];
type RevisionTableName = {
  [T in keyof Database]: Database[T] extends { person_id: string; version: number } ? T : never;
}[keyof Database];

export type VersionedTableSpec<
  T extends VersionedTableName,
  R extends RevisionTableName,
  Action extends string,
  Author,
> = {
  table: T;
  revisionTable: R;
  /** The revision table's column naming the row, e.g. `checkin_id`. */
  revisionOwner: keyof Database[R] & string;
  /** What one revision records about `row` as it now stands. */
  revisionOf: (
    row: Selectable<Database[T]>,
    action: Action,
    author: Author,
  ) => Insertable<Database[R]>;
};

/**
 * Kysely cannot check a query whose table is a type parameter. The spec above is checked where
 * each feature writes it; here the queries talk to the tables through this loose view.
 */
type LooseDb = Kysely<Record<string, Record<string, unknown>>>;
const loose = (db: Db) => db as unknown as LooseDb;

export function versionedRows<
  T extends VersionedTableName,
  R extends RevisionTableName,
  Action extends string,
  Author,
>(db: Kysely<Database>, spec: VersionedTableSpec<T, R, Action, Author>) {
  type Row = Selectable<Database[T]>;
  type Revision = Selectable<Database[R]>;
  /** Extra writes that must commit or fail together with the row, e.g. derived rows. */
  type AlsoInTransaction = (trx: Transaction<Database>, row: Row) => Promise<void>;

  async function appendRevision(trx: Db, row: Row, action: Action, author: Author) {
    await loose(trx)
      .insertInto(spec.revisionTable as string)
      .values(spec.revisionOf(row, action, author) as Record<string, unknown>)
      .execute();
  }

  return {
    appendRevision,

    /** Inserts a new row (version 1 by convention) and its 'create'-style first revision. */
    async insert(row: Row, action: Action, author: Author, also?: AlsoInTransaction) {
      await db.transaction().execute(async (trx) => {
        await loose(trx)
          .insertInto(spec.table as string)
          .values(row as Record<string, unknown>)
          .execute();
        await appendRevision(trx, row, action, author);
        if (also) await also(trx, row);
      });
    },

    /**
     * Sets `changes` and the next version on `current` only if its stored version is still
     * `expected`, and appends the revision. Undefined when someone else saved first.
     */
    async update(
      current: Row,
      expected: number,
      changes: Updateable<Database[T]>,
      at: string,
      action: Action,
      author: Author,
      also?: AlsoInTransaction,
    ): Promise<Row | undefined> {
      const { person_id, id } = current as VersionedColumns;
      return db.transaction().execute(async (trx) => {
        const updated = (await loose(trx)
          .updateTable(spec.table as string)
          .set({ ...(changes as Record<string, unknown>), version: expected + 1, updated_at: at })
          .where('person_id', '=', person_id)
          .where('id', '=', id)
          .where('version', '=', expected)
          .returningAll()
          .executeTakeFirst()) as Row | undefined;
        if (!updated) return undefined;
        if (also) await also(trx, updated);
        await appendRevision(trx, updated, action, author);
        return updated;
      });
    },

    /** Every revision of one row, newest first. */
    async revisions(personId: string, id: string): Promise<Revision[]> {
      return (await loose(db)
        .selectFrom(spec.revisionTable as string)
        .selectAll()
        .where('person_id', '=', personId)
        .where(spec.revisionOwner as string, '=', id)
        .orderBy('version', 'desc')
        .execute()) as Revision[];
    },
  };
}
