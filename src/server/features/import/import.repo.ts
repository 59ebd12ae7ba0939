// Kysely queries of an import: whether the record is still empty, which measures this
// installation has, and the one transaction that writes every row of an imported record with
// its first revision. Every query is scoped by person_id.
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database, RecordItemRow } from '../../store/schema.ts';
import { countNewReviews } from '../outcomes/outcome-counts.ts';
import { rebuildPersonOutcomes } from '../outcomes/outcome-rollup.ts';
import type { ImportRows } from './import-rows.ts';

export type Author = { authoredBy: string; authoredRole: string };

/** What the record holds now, enough to judge whether it is empty. */
export type RecordContents = {
  /** Every record item, deleted ones too. */
  items: Pick<RecordItemRow, 'id' | 'kind' | 'version' | 'data' | 'deleted_at'>[];
  /** Rows in the other person-owned tables (check-ins, journal, measures, files, reviews). */
  otherRows: number;
};

type Db = Kysely<Database> | Transaction<Database>;

async function contentsOf(db: Db, personId: string): Promise<RecordContents> {
  const items = await db
    .selectFrom('record_item')
    .select(['id', 'kind', 'version', 'data', 'deleted_at'])
    .where('person_id', '=', personId)
    .execute();
  let otherRows = 0;
  for (const table of [
    'checkin',
    'journal_entry',
    'measure_response',
    'attachment',
    'review',
  ] as const) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('person_id', '=', personId)
      .executeTakeFirst();
    otherRows += Number(row?.n ?? 0);
  }
  return { items, otherRows };
}

export function createImportRepo(db: Kysely<Database>) {
  return {
    contents: (personId: string) => contentsOf(db, personId),

    /** This installation's measure ids by canonical url|version. */
    async measureIds(canonicals: string[]): Promise<Map<string, string>> {
      const found = new Map<string, string>();
      for (const canonical of new Set(canonicals)) {
        const bar = canonical.lastIndexOf('|');
        if (bar < 0) continue;
        const row = await db
          .selectFrom('measure')
          .select('id')
          .where('url', '=', canonical.slice(0, bar))
          .where('version', '=', canonical.slice(bar + 1))
          .executeTakeFirst();
        if (row) found.set(canonical, row.id);
      }
      return found;
    },

    /**
     * Writes everything in one transaction. `stillEmpty` judges the contents read inside it
     * (after the account row is locked, so two imports for one person wait for each other) and
     * answers the starting life areas to take away, or throws; `fits` judges the files against
     * the bytes already in use. Throwing from either stores nothing.
     */
    async write(
      personId: string,
      rows: ImportRows,
      author: Author,
      at: string,
      checks: {
        stillEmpty: (contents: RecordContents) => string[];
        fits: (usedBytes: number) => void;
      },
    ): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('account')
          .set({ display_name: sql`display_name` })
          .where('id', '=', personId)
          .execute();
        const replaced = checks.stillEmpty(await contentsOf(trx, personId));
        const used = await trx
          .selectFrom('attachment')
          .select((eb) => eb.fn.sum<string | number | null>('byte_size').as('used'))
          .where('person_id', '=', personId)
          .where('purged_at', 'is', null)
          .executeTakeFirst();
        checks.fits(Number(used?.used ?? 0));
        const who = { authored_by: author.authoredBy, authored_role: author.authoredRole };
        // The starting life areas give way: each a new version marked deleted, so history stays.
        for (const id of replaced) {
          const area = await trx
            .updateTable('record_item')
            .set((eb) => ({ version: eb('version', '+', 1), deleted_at: at, updated_at: at }))
            .where('person_id', '=', personId)
            .where('id', '=', id)
            .returningAll()
            .executeTakeFirstOrThrow();
          await trx
            .insertInto('record_revision')
            .values({
              person_id: personId,
              item_id: area.id,
              version: area.version,
              kind: area.kind,
              action: 'delete',
              data: area.data,
              schema_version: area.schema_version,
              ...who,
              agreed_by: null,
              agreed_at: null,
              created_at: at,
            })
            .execute();
        }
        for (const item of rows.items) {
          await trx.insertInto('record_item').values(item).execute();
          await trx
            .insertInto('record_revision')
            .values({
              person_id: personId,
              item_id: item.id,
              version: 1,
              kind: item.kind,
              action: 'create',
              data: item.data,
              schema_version: item.schema_version,
              ...who,
              agreed_by: null,
              agreed_at: null,
              created_at: at,
            })
            .execute();
        }
        for (const c of rows.checkins) {
          await trx.insertInto('checkin').values(c).execute();
          const { id, deleted_at, updated_at, version, ...fields } = c;
          await trx
            .insertInto('checkin_revision')
            .values({
              ...fields,
              checkin_id: id,
              version,
              action: 'create',
              ...who,
              created_at: at,
            })
            .execute();
        }
        for (const e of rows.journal) {
          await trx.insertInto('journal_entry').values(e).execute();
          const { id, deleted_at, updated_at, ...fields } = e;
          await trx
            .insertInto('journal_revision')
            .values({ ...fields, entry_id: id, action: 'create', ...who, created_at: at })
            .execute();
        }
        for (const r of rows.responses) {
          await trx.insertInto('measure_response').values(r).execute();
          await trx
            .insertInto('measure_response_revision')
            .values({
              person_id: personId,
              response_id: r.id,
              version: 1,
              action: 'create',
              note: r.note,
              for_me_only: r.for_me_only,
              ...who,
              created_at: at,
            })
            .execute();
        }
        for (const o of rows.observations) await trx.insertInto('observation').values(o).execute();
        for (const f of rows.attachments) await trx.insertInto('attachment').values(f).execute();
        for (const r of rows.reviews) {
          await trx.insertInto('review').values(r).execute();
          await trx
            .insertInto('review_revision')
            .values({
              person_id: personId,
              review_id: r.id,
              version: 1,
              action: 'create',
              data: r.data,
              schema_version: r.schema_version,
              ...who,
              created_at: at,
            })
            .execute();
        }
        // The outcome rollup from the imported record, in the same transaction (decision 0051),
        // and the reviews it brings in the kept counts (decision 0055).
        await rebuildPersonOutcomes(trx, personId);
        await countNewReviews(
          trx,
          personId,
          rows.reviews.filter((r) => r.deleted_at === null).map((r) => r.created_at),
        );
      });
    },
  };
}

export type ImportRepo = ReturnType<typeof createImportRepo>;
