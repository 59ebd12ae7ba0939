// Kysely queries for reviews and their revisions (decision 0043). Every query is scoped by
// person_id; each change writes the review and its revision in one transaction.
import { type Kysely, sql, type Transaction } from 'kysely';
import { byPerson, inChunks } from '../../store/people-chunks.ts';
import type { Database, ReviewRevisionRow, ReviewRow } from '../../store/schema.ts';
import { versionedRows } from '../../store/versioned-rows.ts';
import { countNewReviews } from '../outcomes/outcome-counts.ts';

export type ReviewAction = 'create' | 'ratings' | 'meeting' | 'confirm' | 'decline';
export type Author = { authoredBy: string; authoredRole: string };

const revisionOf = (row: ReviewRow, action: ReviewAction, author: Author) => ({
  person_id: row.person_id,
  review_id: row.id,
  version: row.version,
  action,
  data: row.data,
  schema_version: row.schema_version,
  authored_by: author.authoredBy,
  authored_role: author.authoredRole,
  created_at: row.updated_at,
});

const reviewRows = (db: Kysely<Database>) =>
  versionedRows(db, {
    table: 'review',
    revisionTable: 'review_revision',
    revisionOwner: 'review_id',
    revisionOf,
  });

export function createReviewRepo(db: Kysely<Database>) {
  const rows = reviewRows(db);
  return {
    find(personId: string, id: string): Promise<ReviewRow | undefined> {
      return db
        .selectFrom('review')
        .selectAll()
        .where('person_id', '=', personId)
        .where('id', '=', id)
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
    },

    /** The person's reviews, newest first, at most `limit`. */
    list(personId: string, limit: number): Promise<ReviewRow[]> {
      return db
        .selectFrom('review')
        .selectAll()
        .where('person_id', '=', personId)
        .where('deleted_at', 'is', null)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
    },

    /**
     * `list` for each of `personIds` at once (the caseload): each person's reviews newest
     * first, at most `limit` each, in one query per few hundred people. People with none are
     * left out of the map.
     */
    async listOf(personIds: readonly string[], limit: number): Promise<Map<string, ReviewRow[]>> {
      const rows = await inChunks(personIds, (some) =>
        db
          .selectFrom((eb) =>
            eb
              .selectFrom('review')
              .selectAll()
              .select(
                sql<number>`row_number() over (partition by person_id order by created_at desc, id desc)`.as(
                  'newness',
                ),
              )
              .where('person_id', 'in', some)
              .where('deleted_at', 'is', null)
              .as('numbered'),
          )
          .selectAll()
          .where('newness', '<=', limit)
          .orderBy('person_id')
          .orderBy('created_at', 'desc')
          .orderBy('id', 'desc')
          .execute(),
      );
      return byPerson(rows.map(({ newness: _, ...row }) => row));
    },

    /** The review started just before `createdAt`, if any. */
    previous(personId: string, createdAt: string, id: string): Promise<ReviewRow | undefined> {
      return db
        .selectFrom('review')
        .selectAll()
        .where('person_id', '=', personId)
        .where('deleted_at', 'is', null)
        .where((eb) =>
          eb.or([
            eb('created_at', '<', createdAt),
            eb.and([eb('created_at', '=', createdAt), eb('id', '<', id)]),
          ]),
        )
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
    },

    async insert(row: ReviewRow, author: Author): Promise<ReviewRow> {
      // A review held counts in the service's outcome figures (decision 0055).
      await rows.insert(row, 'create', author, (trx) =>
        countNewReviews(trx, row.person_id, [row.created_at]),
      );
      return row;
    },

    update(
      current: ReviewRow,
      expected: number,
      data: string,
      at: string,
      action: ReviewAction,
      author: Author,
    ): Promise<ReviewRow | undefined> {
      return rows.update(current, expected, { data }, at, action, author);
    },

    /**
     * The same compare-and-set inside someone else's transaction (confirming an action writes
     * the goal and the review together). Undefined when the review changed meanwhile.
     */
    async updateIn(
      trx: Transaction<Database>,
      current: ReviewRow,
      expected: number,
      data: string,
      at: string,
      action: ReviewAction,
      author: Author,
    ): Promise<ReviewRow | undefined> {
      const updated = await trx
        .updateTable('review')
        .set({ data, version: expected + 1, updated_at: at })
        .where('person_id', '=', current.person_id)
        .where('id', '=', current.id)
        .where('version', '=', expected)
        .returningAll()
        .executeTakeFirst();
      if (!updated) return undefined;
      await trx
        .insertInto('review_revision')
        .values(revisionOf(updated, action, author))
        .execute();
      return updated;
    },

    revisions(personId: string, id: string): Promise<ReviewRevisionRow[]> {
      return rows.revisions(personId, id);
    },
  };
}
export type ReviewRepo = ReturnType<typeof createReviewRepo>;
