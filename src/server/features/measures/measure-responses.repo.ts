// Kysely queries for a person's answers to measures, their revisions and their Observations.
// Every query is scoped by person_id. A response, its first revision and its Observations are
// written in one transaction, and so is each change with the Observations' "for me only" copy.
import type { Kysely } from 'kysely';
import { byPerson, inChunks } from '../../store/people-chunks.ts';
import type {
  Database,
  MeasureResponseRevisionRow,
  MeasureResponseRow,
  ObservationRow,
} from '../../store/schema.ts';
import { versionedRows } from '../../store/versioned-rows.ts';
import { refreshMeasureResponse } from '../outcomes/outcome-rollup.ts';

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
  | 'items_answered'
  | 'items_total'
> & { note: string };

const responseRows = (db: Kysely<Database>) =>
  versionedRows(db, {
    table: 'measure_response',
    revisionTable: 'measure_response_revision',
    revisionOwner: 'response_id',
    revisionOf: (row, action: 'create' | 'update', author: Author) => ({
      person_id: row.person_id,
      response_id: row.id,
      version: row.version,
      action,
      note: row.note,
      for_me_only: row.for_me_only,
      authored_by: author.authoredBy,
      authored_role: author.authoredRole,
      created_at: row.updated_at,
    }),
  });

/** The observations with their response's note: the one select both series reads share. */
function seriesOf(db: Kysely<Database>) {
  return db
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
      'o.items_answered',
      'o.items_total',
      'r.note',
    ]);
}

export function createMeasureResponseRepo(db: Kysely<Database>) {
  const rows = responseRows(db);
  return {
    insert(row: MeasureResponseRow, observations: ObservationRow[], author: Author): Promise<void> {
      return rows.insert(row, 'create', author, async (trx) => {
        if (observations.length) await trx.insertInto('observation').values(observations).execute();
        await refreshMeasureResponse(trx, row.person_id, row.id);
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
    update(
      current: MeasureResponseRow,
      expected: number,
      change: ResponseChange,
      at: string,
      author: Author,
    ): Promise<MeasureResponseRow | undefined> {
      return rows.update(current, expected, change, at, 'update', author, async (trx) => {
        // The Observations carry the flag too, so a report reading them never counts this score.
        await trx
          .updateTable('observation')
          .set({ for_me_only: change.for_me_only })
          .where('person_id', '=', current.person_id)
          .where('response_id', '=', current.id)
          .execute();
        await refreshMeasureResponse(trx, current.person_id, current.id);
      });
    },

    revisions(personId: string, responseId: string): Promise<MeasureResponseRevisionRow[]> {
      return rows.revisions(personId, responseId);
    },

    /** Observations (one code's, when given), oldest first, with their response's note. */
    series(personId: string, code?: string, system?: string): Promise<SeriesPoint[]> {
      let query = seriesOf(db).where('o.person_id', '=', personId);
      if (code !== undefined) query = query.where('o.code', '=', code);
      if (system !== undefined) query = query.where('o.code_system', '=', system);
      return query.orderBy('o.effective_at').orderBy('o.id').execute();
    },

    /**
     * `series` (every code) of each of `personIds` at once (the caseload), each person's oldest
     * first: one query per few hundred people. People with none are left out of the map.
     */
    async seriesOfPeople(personIds: readonly string[]): Promise<Map<string, SeriesPoint[]>> {
      const points = await inChunks(personIds, (some) =>
        seriesOf(db)
          .select('o.person_id')
          .where('o.person_id', 'in', some)
          .orderBy('o.person_id')
          .orderBy('o.effective_at')
          .orderBy('o.id')
          .execute(),
      );
      return byPerson(points);
    },
  };
}

export type MeasureResponseRepo = ReturnType<typeof createMeasureResponseRepo>;
