// Kysely queries for check-ins and their revisions. Every query is scoped by person_id; time
// ranges use the (person_id, taken_at) index. Each write changes the current row and appends
// a revision in one transaction.
import type { Kysely, Transaction } from 'kysely';
import type { CheckinSettings } from '../../../domain/checkins/checkins.schema.ts';
import { inChunks } from '../../store/people-chunks.ts';
import type { CheckinRevisionRow, CheckinRow, Database } from '../../store/schema.ts';
import { versionedRows } from '../../store/versioned-rows.ts';
import { addCheckinToOutcomes, refreshCheckin } from '../outcomes/outcome-rollup.ts';

export type CheckinAction = 'create' | 'update' | 'delete' | 'restore';
export type Author = { authoredBy: string; authoredRole: string };
type AlsoWrite = (trx: Transaction<Database>) => Promise<void>;
/** The part of a check-in the person writes. */
export type CheckinFields = Pick<
  CheckinRow,
  'taken_at' | 'taken_on' | 'scores' | 'note' | 'for_me_only' | 'signs_present'
>;
/** What a chart needs of a check-in: whether it has a note, not the note. */
export type SeriesRow = Pick<CheckinRow, 'id' | 'taken_at' | 'scores' | 'for_me_only'> & {
  /** 1 or true (SQLite or PostgreSQL) when the note is not empty. */
  has_note: number | boolean;
};

const checkinRows = (db: Kysely<Database>) =>
  versionedRows(db, {
    table: 'checkin',
    revisionTable: 'checkin_revision',
    revisionOwner: 'checkin_id',
    revisionOf: (row, action: CheckinAction, author: Author) => ({
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
    }),
  });

export function createCheckinRepo(db: Kysely<Database>) {
  const rows = checkinRows(db);
  return {
    find(personId: string, id: string): Promise<CheckinRow | undefined> {
      return db
        .selectFrom('checkin')
        .selectAll()
        .where('person_id', '=', personId)
        .where('id', '=', id)
        .executeTakeFirst();
    },

    /**
     * Live check-ins from `from` to `to` (UTC, both included), newest first; or, given
     * `deletedSince`, those deleted since then, the latest deletion first.
     */
    list(personId: string, from: string, to: string, deletedSince?: string): Promise<CheckinRow[]> {
      const query = db
        .selectFrom('checkin')
        .selectAll()
        .where('person_id', '=', personId)
        .where('taken_at', '>=', from)
        .where('taken_at', '<=', to);
      const chosen =
        deletedSince === undefined
          ? query.where('deleted_at', 'is', null).orderBy('taken_at', 'desc')
          : query.where('deleted_at', '>=', deletedSince).orderBy('deleted_at', 'desc');
      return chosen.orderBy('id').execute();
    },

    /** Only the columns a chart needs, oldest first (two at the same moment by id). */
    async series(personId: string, from: string, to: string): Promise<SeriesRow[]> {
      const rows = await db
        .selectFrom('checkin')
        .select(['id', 'taken_at', 'scores', 'for_me_only'])
        .select((eb) => eb('note', '!=', '').as('has_note'))
        .where('person_id', '=', personId)
        .where('taken_at', '>=', from)
        .where('taken_at', '<=', to)
        .where('deleted_at', 'is', null)
        .orderBy('taken_at')
        .execute();
      // The index gives the time order; putting ids in order in SQL too made SQLite sort every
      // row again (a third of the query's time for five years). Here only ties move.
      return rows.sort((a, b) =>
        a.taken_at === b.taken_at ? (a.id < b.id ? -1 : 1) : a.taken_at < b.taken_at ? -1 : 1,
      );
    },

    /** The person's calendar date of their latest check-in, for reminders. */
    /** The latest live check-in's date; with `sharedOnly`, of those not kept "for me only". */
    async latestTakenOn(personId: string, sharedOnly = false): Promise<string | null> {
      let query = db
        .selectFrom('checkin')
        .select((eb) => eb.fn.max('taken_on').as('latest'))
        .where('person_id', '=', personId)
        .where('deleted_at', 'is', null);
      if (sharedOnly) query = query.where('for_me_only', '=', 0);
      const row = await query.executeTakeFirst();
      return row?.latest ?? null;
    },

    /**
     * The latest live check-in date of each of `personIds` (people with none are left out),
     * as `latestTakenOn` gives it one by one: one grouped query per few hundred people.
     */
    async latestTakenOnOf(
      personIds: readonly string[],
      sharedOnly: boolean,
    ): Promise<Map<string, string>> {
      const rows = await inChunks(personIds, (some) => {
        let query = db
          .selectFrom('checkin')
          .select(['person_id', (eb) => eb.fn.max('taken_on').as('latest')])
          .where('person_id', 'in', some)
          .where('deleted_at', 'is', null);
        if (sharedOnly) query = query.where('for_me_only', '=', 0);
        return query.groupBy('person_id').execute();
      });
      const latest = new Map<string, string>();
      for (const row of rows) if (row.latest !== null) latest.set(row.person_id, row.latest);
      return latest;
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

    /**
     * `settings`: the person's check-in settings the row was checked against (they give the
     * scales' ranges). `also`: writes that commit or fail with the check-in (an alert the person
     * chose).
     */
    async insert(
      row: CheckinRow,
      author: Author,
      settings: CheckinSettings,
      also?: AlsoWrite,
    ): Promise<CheckinRow> {
      await rows.insert(row, 'create', author, async (trx) => {
        await also?.(trx);
        // The outcome rollup moves with the check-in (decision 0051).
        await addCheckinToOutcomes(trx, row, settings);
      });
      return row;
    },

    /** Writes a new version only if the stored one is still `expected`; undefined otherwise. */
    update(
      current: CheckinRow,
      expected: number,
      change: { fields?: CheckinFields; deletedAt?: string | null; at: string },
      action: CheckinAction,
      author: Author,
      also?: AlsoWrite,
    ): Promise<CheckinRow | undefined> {
      const deletedAt = change.deletedAt === undefined ? current.deleted_at : change.deletedAt;
      const changes = { ...change.fields, deleted_at: deletedAt };
      return rows.update(
        current,
        expected,
        changes,
        change.at,
        action,
        author,
        async (trx, row) => {
          await also?.(trx);
          // An edit may move it to another month; a delete, an undo or "for me only" changes what
          // counts: the months it was and is in are recomputed (decision 0051).
          await refreshCheckin(trx, row.person_id, [current.taken_at, row.taken_at]);
        },
      );
    },

    revisions(personId: string, id: string): Promise<CheckinRevisionRow[]> {
      return rows.revisions(personId, id);
    },
  };
}

export type CheckinRepo = ReturnType<typeof createCheckinRepo>;
