// Kysely queries for the measure library. Installation-wide rows, so no person_id; a measure is
// found by its id (URLs) or by url + version (what answers and wording files name).
import type { Kysely, Transaction } from 'kysely';
import type { Database, MeasureRow } from '../../store/schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

function queries(db: Db) {
  return {
    all(): Promise<MeasureRow[]> {
      return db.selectFrom('measure').selectAll().orderBy('title').orderBy('version').execute();
    },

    find(id: string): Promise<MeasureRow | undefined> {
      return db.selectFrom('measure').selectAll().where('id', '=', id).executeTakeFirst();
    },

    findByUrl(url: string, version: string): Promise<MeasureRow | undefined> {
      return db
        .selectFrom('measure')
        .selectAll()
        .where('url', '=', url)
        .where('version', '=', version)
        .executeTakeFirst();
    },

    /** Adds a measure unless one with its id or url + version is there (safe to repeat). */
    async insertIfMissing(row: MeasureRow): Promise<void> {
      await db
        .insertInto('measure')
        .values(row)
        .onConflict((conflict) => conflict.doNothing())
        .execute();
    },

    async insert(row: MeasureRow): Promise<void> {
      await db.insertInto('measure').values(row).execute();
    },

    async replace(
      id: string,
      change: Pick<MeasureRow, 'questionnaire' | 'skeleton' | 'title' | 'status' | 'updated_at'>,
    ): Promise<void> {
      await db.updateTable('measure').set(change).where('id', '=', id).execute();
    },
  };
}

export function createMeasureLibraryRepo(db: Kysely<Database>) {
  return {
    ...queries(db),
    /** Runs `work` in one transaction, so an import stores all of its rows or none. */
    transaction<T>(work: (repo: ReturnType<typeof queries>) => Promise<T>): Promise<T> {
      return db.transaction().execute((trx) => work(queries(trx)));
    },
  };
}

export type MeasureLibraryRepo = ReturnType<typeof createMeasureLibraryRepo>;
