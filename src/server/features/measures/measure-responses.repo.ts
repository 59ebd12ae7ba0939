// Kysely queries for a person's answers to measures, their revisions and their Observations.
// Every query is scoped by person_id. A response, its first revision and its Observations are
// written in one transaction, and so is each change with the Observations' "for me only" copy.
import type { Kysely, Transaction } from 'kysely';
import type {
  Database,
  MeasureResponseRevisionRow,
  MeasureResponseRow,
  ObservationRow,
} from '../../store/schema.ts';

export type Author = { authoredBy: string; authoredRole: string };
export type ResponseChange = Pick<MeasureResponseRow, 'note' | 'for_me_only'>;
export type SeriesPoint = Pick<
  ObservationRow,
  | 'id'
  | 'response_id'
  | 'measure_id'
  | 'scale_id'
  | 'code_system'
  | 'code'
  | 'display'
  | 'value'
  | 'effective_at'
  | 'for_me_only'
> & { note: string };

type Db = Kysely<Database> | Transaction<Database>;

async function appendRevision(db: Db, row: MeasureResponseRow, action: string, author: Author) {
  await db
    .insertInto('measure_response_revision')
    .values({
      person_id: row.person_id,
      response_id: row.id,
      version: row.version,
      action,
      note: row.note,
      for_me_only: row.for_me_only,
      authored_by: author.authoredBy,
      authored_role: author.authoredRole,
      created_at: row.updated_at,
    })
    .execute();
}

export function createMeasureResponseRepo(db: Kysely<Database>) {
  return {
    async insert(
      row: MeasureResponseRow,
      observations: ObservationRow[],
      author: Author,
    ): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('measure_response').values(row).execute();
        await appendRevision(trx, row, 'create', author);
        if (observations.length) await trx.insertInto('observation').values(observations).execute();
      });
    },

    find(personId: string, id: string): Promise<MeasureResponseRow | undefined> {
      return db
        .selectFrom('measure_response')
        .selectAll()
        .where('person_id', '=', personId)
        .where('id', '=', id)
        .executeTakeFirst();
    },

    /** Newest first; one measure's responses when `measureId` is given. */
    list(personId: string, measureId?: string): Promise<MeasureResponseRow[]> {
      let query = db.selectFrom('measure_response').selectAll().where('person_id', '=', personId);
      if (measureId !== undefined) query = query.where('measure_id', '=', measureId);
      return query.orderBy('authored', 'desc').orderBy('id').execute();
    },

    /** Writes a new version only if the stored one is still `expected`; undefined otherwise. */
    async update(
      current: MeasureResponseRow,
      expected: number,
      change: ResponseChange,
      at: string,
      author: Author,
    ): Promise<MeasureResponseRow | undefined> {
      return db.transaction().execute(async (trx) => {
        const updated = await trx
          .updateTable('measure_response')
          .set({ ...change, version: expected + 1, updated_at: at })
          .where('person_id', '=', current.person_id)
          .where('id', '=', current.id)
          .where('version', '=', expected)
          .returningAll()
          .executeTakeFirst();
        if (!updated) return undefined;
        // The Observations carry the flag too, so a report reading them never counts this score.
        await trx
          .updateTable('observation')
          .set({ for_me_only: change.for_me_only })
          .where('person_id', '=', current.person_id)
          .where('response_id', '=', current.id)
          .execute();
        await appendRevision(trx, updated, 'update', author);
        return updated;
      });
    },

    revisions(personId: string, responseId: string): Promise<MeasureResponseRevisionRow[]> {
      return db
        .selectFrom('measure_response_revision')
        .selectAll()
        .where('person_id', '=', personId)
        .where('response_id', '=', responseId)
        .orderBy('version', 'desc')
        .execute();
    },

    /** Observations (one code's, when given), oldest first, with their response's note. */
    series(personId: string, code?: string, system?: string): Promise<SeriesPoint[]> {
      let query = db
        .selectFrom('observation as o')
        .innerJoin('measure_response as r', (join) =>
          join.onRef('r.person_id', '=', 'o.person_id').onRef('r.id', '=', 'o.response_id'),
        )
        .select([
          'o.id',
          'o.response_id',
          'o.measure_id',
          'o.scale_id',
          'o.code_system',
          'o.code',
          'o.display',
          'o.value',
          'o.effective_at',
          'o.for_me_only',
          'r.note',
        ])
        .where('o.person_id', '=', personId);
      if (code !== undefined) query = query.where('o.code', '=', code);
      if (system !== undefined) query = query.where('o.code_system', '=', system);
      return query.orderBy('o.effective_at').orderBy('o.id').execute();
    },
  };
}

export type MeasureResponseRepo = ReturnType<typeof createMeasureResponseRepo>;
