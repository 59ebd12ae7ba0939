// A service's measure library and "my care" items (issue 14, decision 0042): Kysely queries only.
// Every query names the service, so no admin can reach another service's uploads or items.
import type { Kysely, Transaction } from 'kysely';
import type { Database, MeasureRow, MyCareItemRow, ServiceMeasureRow } from '../../store/schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

function libraryQueries(db: Db) {
  return {
    /** The installation's measures (built-in and CLI-imported): every service's library has them. */
    shared(): Promise<MeasureRow[]> {
      return db.selectFrom('measure').selectAll().execute();
    },

    /** The installation's measures the operator imported (not the built-ins). */
    imported(): Promise<MeasureRow[]> {
      return db.selectFrom('measure').selectAll().where('source', '=', 'imported').execute();
    },

    own(serviceId: string): Promise<ServiceMeasureRow[]> {
      return db
        .selectFrom('service_measure')
        .selectAll()
        .where('service_id', '=', serviceId)
        .execute();
    },

    /** The service's own uploads it offers now (not switched off), by title. */
    offeredOwn(serviceId: string): Promise<ServiceMeasureRow[]> {
      return db
        .selectFrom('service_measure as m')
        .selectAll('m')
        .where('m.service_id', '=', serviceId)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('service_measure_off as o')
                .select('o.measure_id')
                .where('o.service_id', '=', serviceId)
                .whereRef('o.measure_id', '=', 'm.id'),
            ),
          ),
        )
        .orderBy('m.title')
        .orderBy('m.version')
        .execute();
    },

    async switchedOff(serviceId: string): Promise<Set<string>> {
      const rows = await db
        .selectFrom('service_measure_off')
        .select('measure_id')
        .where('service_id', '=', serviceId)
        .execute();
      return new Set(rows.map((row) => row.measure_id));
    },

    async countOwn(serviceId: string): Promise<number> {
      const row = await db
        .selectFrom('service_measure')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .where('service_id', '=', serviceId)
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },

    /** Adds an upload unless the service has one with its url + version (the unique key). */
    async insertOwn(row: ServiceMeasureRow): Promise<boolean> {
      const result = await db
        .insertInto('service_measure')
        .values(row)
        .onConflict((conflict) => conflict.doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    },

    async setOffered(serviceId: string, measureId: string, offered: boolean, at: string) {
      if (offered) {
        await db
          .deleteFrom('service_measure_off')
          .where('service_id', '=', serviceId)
          .where('measure_id', '=', measureId)
          .execute();
        return;
      }
      await db
        .insertInto('service_measure_off')
        .values({ service_id: serviceId, measure_id: measureId, switched_off_at: at })
        .onConflict((conflict) => conflict.doNothing())
        .execute();
    },
  };
}

function myCareQueries(db: Db) {
  return {
    async listVersion(serviceId: string): Promise<number | undefined> {
      const row = await db
        .selectFrom('service_my_care')
        .select('version')
        .where('service_id', '=', serviceId)
        .executeTakeFirst();
      return row === undefined ? undefined : Number(row.version);
    },

    items(serviceId: string): Promise<MyCareItemRow[]> {
      return db
        .selectFrom('my_care_item')
        .selectAll()
        .where('service_id', '=', serviceId)
        .orderBy('position')
        .orderBy('created_at')
        .execute();
    },

    /** Makes the list with its first items, once: false when another request made it first. */
    async createList(serviceId: string, at: string, rows: MyCareItemRow[]): Promise<boolean> {
      const made = await db
        .insertInto('service_my_care')
        .values({ service_id: serviceId, version: 1, created_at: at, updated_at: at })
        .onConflict((conflict) => conflict.doNothing())
        .executeTakeFirst();
      if (Number(made.numInsertedOrUpdatedRows ?? 0) === 0) return false;
      if (rows.length) await db.insertInto('my_care_item').values(rows).execute();
      return true;
    },

    /** Moves the list on one version if it is still at `expected` (compare and set). */
    async bump(serviceId: string, expected: number, at: string): Promise<boolean> {
      const result = await db
        .updateTable('service_my_care')
        .set({ version: expected + 1, updated_at: at })
        .where('service_id', '=', serviceId)
        .where('version', '=', expected)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    async insertItem(row: MyCareItemRow): Promise<void> {
      await db.insertInto('my_care_item').values(row).execute();
    },

    async updateItem(
      serviceId: string,
      id: string,
      change: Partial<Pick<MyCareItemRow, 'label' | 'position' | 'archived_at' | 'updated_at'>>,
    ): Promise<void> {
      await db
        .updateTable('my_care_item')
        .set(change)
        .where('service_id', '=', serviceId)
        .where('id', '=', id)
        .execute();
    },
  };
}

export function createServiceLibraryRepo(db: Kysely<Database>) {
  return {
    ...libraryQueries(db),
    ...myCareQueries(db),
    /** Runs `work` in one transaction: a change to the list and its version go together. */
    transaction<T>(
      work: (q: ReturnType<typeof myCareQueries> & ReturnType<typeof libraryQueries>) => Promise<T>,
    ): Promise<T> {
      return db
        .transaction()
        .execute((trx) => work({ ...libraryQueries(trx), ...myCareQueries(trx) }));
    },
  };
}

export type ServiceLibraryRepo = ReturnType<typeof createServiceLibraryRepo>;
