// Kysely queries for record items and their revisions. Every query is scoped by person_id.
// Each write changes the current row and appends a revision in one transaction, so an item
// and its history never disagree.
import {
  type Expression,
  type ExpressionBuilder,
  type Kysely,
  sql,
  type Transaction,
} from 'kysely';
import { compiledRead } from '../../store/compiled-query.ts';
import { byPerson, inChunks } from '../../store/people-chunks.ts';
import type { Database, RecordItemRow, RecordRevisionRow } from '../../store/schema.ts';
import { versionedRows } from '../../store/versioned-rows.ts';
import { refreshAfterItemWrite } from '../outcomes/outcome-rollup.ts';

export type Provenance = {
  authoredBy: string;
  authoredRole: string;
  agreedBy: string | null;
  agreedAt: string | null;
};
export type RevisionAction = 'create' | 'update' | 'delete' | 'restore';
/**
 * More writes that must commit or fail with an item's new version (accepting a suggestion
 * marks it accepted in the same transaction); throwing undoes the write.
 */
export type AlsoInTransaction = (trx: Transaction<Database>, item: RecordItemRow) => Promise<void>;

/**
 * What one change of several items decides from the person's live items of a kind, read inside
 * its transaction: the rows to insert and the live rows to delete. `nextPosition` is where the
 * first new row goes; `hasAny` says whether the person ever had an item of any of those kinds.
 */
export type BatchPlan = (
  live: RecordItemRow[],
  nextPosition: number,
  hasAny: (kinds: string[]) => Promise<boolean>,
) => Promise<{ insert: RecordItemRow[]; remove: RecordItemRow[] }>;

const itemRows = (db: Kysely<Database>) =>
  versionedRows(db, {
    table: 'record_item',
    revisionTable: 'record_revision',
    revisionOwner: 'item_id',
    revisionOf: (item, action: RevisionAction, provenance: Provenance) => ({
      person_id: item.person_id,
      item_id: item.id,
      version: item.version,
      kind: item.kind,
      action,
      data: item.data,
      schema_version: item.schema_version,
      authored_by: provenance.authoredBy,
      authored_role: provenance.authoredRole,
      agreed_by: provenance.agreedBy,
      agreed_at: provenance.agreedAt,
      created_at: item.updated_at,
    }),
  });

/**
 * The name a person knows an account by: the name they gave it in their latest relationship
 * with it, or else the account's own name ('' for an account that is gone). Its aliases are
 * its own, so a query it sits in can call its tables anything.
 */
const knownName = (personId: Expression<string>, accountId: Expression<string | null>) =>
  sql<string>`coalesce(
    nullif((select known_rel.known_as from relationship known_rel
      where known_rel.person_id = ${personId} and known_rel.account_id = ${accountId}
      order by known_rel.created_at desc limit 1), ''),
    (select known_account.display_name from account known_account
      where known_account.id = ${accountId}),
    '')`;

/** Who wrote a version and who agreed it, by name: what the record pages show beside it. */
export type RevisionAgreement = {
  authored_by: string;
  author_name: string;
  agreed_by: string | null;
  agreed_by_name: string | null;
  agreed_at: string | null;
};

/** The reads every record page makes, compiled once (store/compiled-query.ts). */
function compiledReads(db: Kysely<Database>) {
  const items = () => db.selectFrom('record_item').selectAll();
  const live = (p: { personId: string; kind: string }) =>
    items()
      .where('person_id', '=', p.personId)
      .where('kind', '=', p.kind)
      .where('deleted_at', 'is', null);
  return {
    item: compiledRead(db, ['personId', 'id'], (p) =>
      items().where('person_id', '=', p.personId).where('id', '=', p.id),
    ),
    singleton: compiledRead(db, ['personId', 'kind'], (p) =>
      items().where('person_id', '=', p.personId).where('kind', '=', p.kind),
    ),
    // Put in order by listOrder below, not by the database.
    liveItems: compiledRead(db, ['personId', 'kind'], (p) => live(p)),
    liveChildren: compiledRead(db, ['personId', 'kind', 'parentId'], (p) =>
      live(p).where('parent_id', '=', p.parentId),
    ),
    // One query where a revision and then its names took two, on every read of a section.
    agreement: compiledRead(db, ['personId', 'itemId', 'version'], (p) =>
      db
        .selectFrom('record_revision as r')
        .select(agreementColumns)
        .where('r.person_id', '=', p.personId)
        .where('r.item_id', '=', p.itemId)
        // A named parameter is a placeholder string until run with the number.
        .where('r.version', '=', p.version as unknown as number),
    ),
    // The owner's read of a section whose answer names who wrote and agreed it: the item and
    // its current version's names in one query (on PostgreSQL one round trip instead of two).
    // The revision is read by correlated subqueries, not a left join: on SQLite the join took
    // 57 µs a read against 12 µs for these (issue 10; decision 0021's addendum).
    singletonAgreed: compiledRead(db, ['personId', 'kind'], (p) =>
      db
        .selectFrom('record_item as i')
        .selectAll('i')
        .select((eb) => {
          const current = <C extends 'authored_by' | 'agreed_by' | 'agreed_at'>(column: C) =>
            eb
              .selectFrom('record_revision as r')
              .select(`r.${column}` as `r.${C}`)
              .whereRef('r.person_id', '=', 'i.person_id')
              .whereRef('r.item_id', '=', 'i.id')
              .whereRef('r.version', '=', 'i.version');
          return [
            current('authored_by').as('authored_by'),
            current('agreed_by').as('agreed_by'),
            current('agreed_at').as('agreed_at'),
            knownName(sql.ref('i.person_id'), current('authored_by').$asScalar()).as('author_name'),
            // '' when nobody agreed it: read as null below.
            knownName(sql.ref('i.person_id'), current('agreed_by').$asScalar()).as(
              'agreed_by_name',
            ),
          ];
        })
        .where('i.person_id', '=', p.personId)
        .where('i.kind', '=', p.kind),
    ),
  };
}

/** Who wrote a revision `r` and who agreed it, with both names. */
function agreementColumns(eb: ExpressionBuilder<{ r: RecordRevisionRow }, 'r'>) {
  return [
    eb.ref('r.authored_by').as('authored_by'),
    eb.ref('r.agreed_by').as('agreed_by'),
    eb.ref('r.agreed_at').as('agreed_at'),
    knownName(sql.ref('r.person_id'), sql.ref('r.authored_by')).as('author_name'),
    sql<string | null>`case when r.agreed_by is null then null
      else ${knownName(sql.ref('r.person_id'), sql.ref('r.agreed_by'))} end`.as('agreed_by_name'),
  ];
}

/** An item and who wrote and agreed its current version (absent for an item never saved so). */
export type ItemWithAgreement = { row: RecordItemRow; agreement: RevisionAgreement | undefined };

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A list's order: position, then when each was made, then id (ISO times and ids are ASCII,
 * so this is the database's order too). The everyday lists are sorted here: SQLite sorted whole
 * rows, stored JSON and all, in a temporary tree, which was half of reading a list of 20 goals
 * (decision 0027).
 */
function listOrder(rows: RecordItemRow[]): RecordItemRow[] {
  return rows.sort(
    (a, b) =>
      a.position - b.position || compareText(a.created_at, b.created_at) || compareText(a.id, b.id),
  );
}

export function createRecordRepo(db: Kysely<Database>) {
  const rows = itemRows(db);
  const reads = compiledReads(db);
  return {
    async find(personId: string, id: string): Promise<RecordItemRow | undefined> {
      return (await reads.item({ personId, id }))[0];
    },

    async findSingleton(personId: string, kind: string): Promise<RecordItemRow | undefined> {
      return (await reads.singleton({ personId, kind }))[0];
    },

    async findSingletonAgreed(
      personId: string,
      kind: string,
    ): Promise<ItemWithAgreement | undefined> {
      const [found] = await reads.singletonAgreed({ personId, kind });
      if (!found) return undefined;
      const { authored_by, agreed_by, agreed_at, author_name, agreed_by_name, ...row } = found;
      // Left joined: every item has a revision of its version, but read as "none" if not.
      const agreement =
        authored_by === null
          ? undefined
          : {
              authored_by,
              agreed_by,
              agreed_at,
              author_name,
              agreed_by_name: agreed_by === null ? null : agreed_by_name,
            };
      return { row: row as RecordItemRow, agreement };
    },

    async list(
      personId: string,
      kind: string,
      options: { parentId?: string; deleted: boolean; deletedSince?: string },
    ): Promise<RecordItemRow[]> {
      // The everyday lists (live items, of a parent or not) are compiled once.
      if (!options.deleted && options.deletedSince === undefined)
        return listOrder(
          options.parentId === undefined
            ? await reads.liveItems({ personId, kind })
            : await reads.liveChildren({ personId, kind, parentId: options.parentId }),
        );
      let query = db
        .selectFrom('record_item')
        .selectAll()
        .where('person_id', '=', personId)
        .where('kind', '=', kind)
        .where('deleted_at', options.deleted ? 'is not' : 'is', null);
      if (options.parentId !== undefined) query = query.where('parent_id', '=', options.parentId);
      if (options.deletedSince !== undefined)
        query = query.where('deleted_at', '>=', options.deletedSince);
      return query.orderBy('position').orderBy('created_at').orderBy('id').execute();
    },

    /**
     * The live items of a kind of each of `personIds`, each person's in list order, as `list`
     * gives them one by one (the caseload): one query per few hundred people.
     */
    async liveItemsOf(
      personIds: readonly string[],
      kind: string,
    ): Promise<Map<string, RecordItemRow[]>> {
      const rows = await inChunks(personIds, (some) =>
        db
          .selectFrom('record_item')
          .selectAll()
          .where('person_id', 'in', some)
          .where('kind', '=', kind)
          .where('deleted_at', 'is', null)
          .execute(),
      );
      const grouped = byPerson(rows);
      for (const items of grouped.values()) listOrder(items);
      return grouped;
    },

    async nextPosition(personId: string, kind: string): Promise<number> {
      const row = await db
        .selectFrom('record_item')
        .select((eb) => eb.fn.max('position').as('max'))
        .where('person_id', '=', personId)
        .where('kind', '=', kind)
        .executeTakeFirst();
      return row?.max === null || row?.max === undefined ? 0 : Number(row.max) + 1;
    },

    async insert(
      item: RecordItemRow,
      provenance: Provenance,
      also?: AlsoInTransaction,
    ): Promise<RecordItemRow> {
      await rows.insert(item, 'create', provenance, async (trx, row) => {
        await also?.(trx, row);
        await refreshAfterItemWrite(trx, undefined, row);
      });
      return item;
    },

    /**
     * Inserts an item and its first revision unless an item with the same id already exists;
     * returns undefined then. One-per-person documents have a fixed id per person and kind,
     * so when two first saves race the primary key lets only one of them in.
     */
    async insertIfAbsent(
      item: RecordItemRow,
      provenance: Provenance,
      also?: AlsoInTransaction,
    ): Promise<RecordItemRow | undefined> {
      return db.transaction().execute(async (trx) => {
        const inserted = await trx
          .insertInto('record_item')
          .values(item)
          .onConflict((oc) => oc.columns(['person_id', 'id']).doNothing())
          .returningAll()
          .executeTakeFirst();
        if (inserted) {
          await rows.appendRevision(trx, inserted, 'create', provenance);
          if (also) await also(trx, inserted);
          await refreshAfterItemWrite(trx, undefined, inserted);
        }
        return inserted;
      });
    },

    /**
     * Writes a new version only if the stored version is still `expectedVersion`. Returns
     * undefined when someone else saved first, so the caller can report a conflict. New data
     * comes with the version of the shape it is in; without new data both stay as they were.
     */
    update(
      current: RecordItemRow,
      expectedVersion: number,
      change: {
        data?: { json: string; schemaVersion: number };
        deletedAt?: string | null;
        at: string;
      },
      action: RevisionAction,
      provenance: Provenance,
      also?: AlsoInTransaction,
    ): Promise<RecordItemRow | undefined> {
      const changes = {
        data: change.data?.json ?? current.data,
        schema_version: change.data?.schemaVersion ?? current.schema_version,
        deleted_at: change.deletedAt === undefined ? current.deleted_at : change.deletedAt,
      };
      return rows.update(
        current,
        expectedVersion,
        changes,
        change.at,
        action,
        provenance,
        async (trx, row) => {
          await also?.(trx, row);
          // Rating sets and goals keep the outcome rollup current (decision 0051).
          await refreshAfterItemWrite(trx, current, row);
        },
      );
    },

    /**
     * Inserts and deletes several items of one kind as one change: all or nothing. The no-op
     * update of the person's account row first makes two such changes for one person wait for
     * each other (a row lock on PostgreSQL, the write lock on SQLite), so each decides from what
     * the other wrote: two at once cannot both add an area of the same name.
     */
    async batch(
      personId: string,
      kind: string,
      plan: BatchPlan,
      at: string,
      provenance: Provenance,
    ): Promise<{ inserted: RecordItemRow[]; removed: RecordItemRow[] }> {
      return db.transaction().execute(async (trx) => {
        await trx
          .updateTable('account')
          .set({ display_name: sql`display_name` })
          .where('id', '=', personId)
          .execute();
        const ofKind = () =>
          trx.selectFrom('record_item').where('person_id', '=', personId).where('kind', '=', kind);
        const live = await ofKind().selectAll().where('deleted_at', 'is', null).execute();
        const last = await ofKind()
          .select((eb) => eb.fn.max('position').as('max'))
          .executeTakeFirst();
        const next = last?.max === null || last?.max === undefined ? 0 : Number(last.max) + 1;
        const hasAny = async (kinds: string[]) =>
          (await trx
            .selectFrom('record_item')
            .select('id')
            .where('person_id', '=', personId)
            .where('kind', 'in', kinds)
            .limit(1)
            .executeTakeFirst()) !== undefined;
        const { insert, remove } = await plan(listOrder(live), next, hasAny);
        for (const row of insert) {
          await trx.insertInto('record_item').values(row).execute();
          await rows.appendRevision(trx, row, 'create', provenance);
          await refreshAfterItemWrite(trx, undefined, row);
        }
        const removed: RecordItemRow[] = [];
        for (const row of remove) {
          // Read under the lock above, so the version is still the one just read.
          const updated = await trx
            .updateTable('record_item')
            .set({ deleted_at: at, version: row.version + 1, updated_at: at })
            .where('person_id', '=', personId)
            .where('id', '=', row.id)
            .where('version', '=', row.version)
            .returningAll()
            .executeTakeFirstOrThrow();
          await rows.appendRevision(trx, updated, 'delete', provenance);
          await refreshAfterItemWrite(trx, row, updated);
          removed.push(updated);
        }
        return { inserted: insert, removed };
      });
    },

    revisions(personId: string, itemId: string): Promise<RecordRevisionRow[]> {
      return rows.revisions(personId, itemId);
    },

    /**
     * The names of accounts that wrote or agreed versions of a person's record: the name the
     * person knows each by (their relationship, the latest) or else the account's own.
     */
    async namesFor(personId: string, accountIds: string[]): Promise<Map<string, string>> {
      if (accountIds.length === 0) return new Map();
      const rows = await db
        .selectFrom('account as a')
        .select(['a.id', knownName(sql.val(personId), sql.ref('a.id')).as('name')])
        .where('a.id', 'in', accountIds)
        .execute();
      return new Map(rows.map((row) => [row.id, row.name]));
    },

    async agreement(
      personId: string,
      itemId: string,
      version: number,
    ): Promise<RevisionAgreement | undefined> {
      return (await reads.agreement({ personId, itemId, version }))[0];
    },

    async revision(
      personId: string,
      itemId: string,
      version: number,
    ): Promise<RecordRevisionRow | undefined> {
      return db
        .selectFrom('record_revision')
        .selectAll()
        .where('person_id', '=', personId)
        .where('item_id', '=', itemId)
        .where('version', '=', version)
        .executeTakeFirst();
    },
  };
}

export type RecordRepo = ReturnType<typeof createRecordRepo>;
