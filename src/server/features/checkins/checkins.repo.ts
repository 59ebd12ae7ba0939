// Kysely queries for check-ins and their revisions. Every query is scoped by person_id; time
// ranges use the (person_id, taken_at) index. Each write changes the current row and appends
// a revision in one transaction.
import type { Kysely, Transaction } from 'kysely';
import type { CheckinRevisionRow, CheckinRow, Database } from '../../store/schema.ts';

export type CheckinAction = 'create' | 'update' | 'delete';
export type Author = { authoredBy: string; authoredRole: string };
/** The part of a check-in the person writes. */
export type CheckinFields = Pick<
  CheckinRow,
  'taken_at' | 'taken_on' | 'scores' | 'note' | 'for_me_only' | 'signs_present'
>;
export type SeriesRow = Pick<CheckinRow, 'id' | 'taken_at' | 'scores' | 'for_me_only' | 'note'>;

type Db = Kysely<Database> | Transaction<Database>;

async function appendRevision(db: Db, row: CheckinRow, action: CheckinAction, author: Author) {
  await db
    .insertInto('checkin_revision')
    .values({
      person_id: row.person_id,
      checkin_id: row.id,
      version: row.version,
      action,
      taken_at: row.taken_at,
      taken_on: row.taken_on,
      scores: row.scores,
      note: row.note,
      for_me_only: row.for_me_only,
      signs_present: row.signs_present,
      authored_by: author.authoredBy,
      authored_role: author.authoredRole,
      created_at: row.updated_at,
    })
    .execute();
}

export function createCheckinRepo(db: Kysely<Database>) {
  return {
    find(personId: string, id: string): Promise<CheckinRow | undefined> {
      return db
        .selectFrom('checkin')
        .selectAll()
        .where('person_id', '=', personId)
        .where('id', '=', id)
        .executeTakeFirst();
    },

    /** Live check-ins from `from` to `to` (UTC, both included), newest first. */
    list(personId: string, from: string, to: string): Promise<CheckinRow[]> {
      return db
        .selectFrom('checkin')
        .selectAll()
        .where('person_id', '=', personId)
        .where('taken_at', '>=', from)
        .where('taken_at', '<=', to)
        .where('deleted_at', 'is', null)
        .orderBy('taken_at', 'desc')
        .orderBy('id')
        .execute();
    },

    /** Only the columns a chart needs, oldest first. */
    series(personId: string, from: string, to: string): Promise<SeriesRow[]> {
      return db
        .selectFrom('checkin')
        .select(['id', 'taken_at', 'scores', 'for_me_only', 'note'])
        .where('person_id', '=', personId)
        .where('taken_at', '>=', from)
        .where('taken_at', '<=', to)
        .where('deleted_at', 'is', null)
        .orderBy('taken_at')
        .orderBy('id')
        .execute();
    },

    /** The person's calendar date of their latest check-in, for reminders. */
    async latestTakenOn(personId: string): Promise<string | null> {
      const row = await db
        .selectFrom('checkin')
        .select((eb) => eb.fn.max('taken_on').as('latest'))
        .where('person_id', '=', personId)
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      return row?.latest ?? null;
    },

    /** Every stored scores object, deleted check-ins included (they can be restored). */
    async allScores(personId: string): Promise<string[]> {
      const rows = await db
        .selectFrom('checkin')
        .select('scores')
        .where('person_id', '=', personId)
        .execute();
      return rows.map((row) => row.scores);
    },

    async insert(row: CheckinRow, author: Author): Promise<CheckinRow> {
      return db.transaction().execute(async (trx) => {
        await trx.insertInto('checkin').values(row).execute();
        await appendRevision(trx, row, 'create', author);
        return row;
      });
    },

    /** Writes a new version only if the stored one is still `expected`; undefined otherwise. */
    async update(
      current: CheckinRow,
      expected: number,
      change: { fields?: CheckinFields; deletedAt?: string; at: string },
      action: CheckinAction,
      author: Author,
    ): Promise<CheckinRow | undefined> {
      return db.transaction().execute(async (trx) => {
        const updated = await trx
          .updateTable('checkin')
          .set({
            ...(change.fields ?? {}),
            deleted_at: change.deletedAt ?? current.deleted_at,
            version: expected + 1,
            updated_at: change.at,
          })
          .where('person_id', '=', current.person_id)
          .where('id', '=', current.id)
          .where('version', '=', expected)
          .returningAll()
          .executeTakeFirst();
        if (!updated) return undefined;
        await appendRevision(trx, updated, action, author);
        return updated;
      });
    },

    revisions(personId: string, id: string): Promise<CheckinRevisionRow[]> {
      return db
        .selectFrom('checkin_revision')
        .selectAll()
        .where('person_id', '=', personId)
        .where('checkin_id', '=', id)
        .orderBy('version', 'desc')
        .execute();
    },
  };
}

export type CheckinRepo = ReturnType<typeof createCheckinRepo>;
