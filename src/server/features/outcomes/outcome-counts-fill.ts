// Fills the kept outcome counts (decision 0055) from scratch: every person who opted in, their
// part worked out by the same code the write paths use (outcome-counts.ts partOf), summed, and
// written as counts. One transaction that writers wait for (PostgreSQL: the counts lock taken
// alone; SQLite: one writer), so no write is counted twice or missed; then the counts are ready
// and reports of kept periods read them. For `waymark outcomes rebuild`, a restore, the first
// fill after the upgrade that made the tables, and the national data set (bench/).
import { type Kysely, sql } from 'kysely';
import { noCounts } from '../../../domain/outcomes/outcome-counts.ts';
import { isPostgres } from '../../store/compiled-query.ts';
import type { Database } from '../../store/schema.ts';
import { addCounts, COUNTS_LOCK, EVERYTHING } from './outcome-counts.ts';
import { outcomeRowsOf, partOf, teamLinksOf } from './outcome-person-rows.ts';

/** People read at once: a few hundred thousand rows of theirs at most. */
const BATCH = 500;

/** Answers how many people were counted (opted in). */
export async function refillOutcomeCounts(db: Kysely<Database>): Promise<number> {
  return db.transaction().execute(async (trx) => {
    if (isPostgres(trx)) await sql`select pg_advisory_xact_lock(${COUNTS_LOCK})`.execute(trx);
    await trx.deleteFrom('outcome_pair_count').execute();
    await trx.deleteFrom('outcome_period_count').execute();
    await trx.deleteFrom('outcome_member_count').execute();
    const counts = noCounts();
    let people = 0;
    let after: string | undefined;
    for (;;) {
      let next = trx.selectFrom('outcome_consent').select('person_id').orderBy('person_id');
      if (after !== undefined) next = next.where('person_id', '>', after);
      const ids = (await next.limit(BATCH).execute()).map((row) => row.person_id);
      if (ids.length === 0) break;
      const links = Map.groupBy(await teamLinksOf(trx, ids), (link) => link.personId);
      const rows = await outcomeRowsOf(trx, ids, EVERYTHING);
      for (const id of ids) partOf(links.get(id) ?? [], rows.get(id), EVERYTHING, counts);
      people += ids.length;
      after = ids[ids.length - 1];
    }
    await addCounts(trx, counts);
    await trx.updateTable('outcome_count_state').set({ ready: 1 }).where('id', '=', 1).execute();
    return people;
  });
}
