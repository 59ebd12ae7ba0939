// Frozen in time: outcome counts kept for every 12-month period (issue 16, decision 0055), so a
// report of such a period reads counts, not people. None of these tables is person-owned: no
// row names anyone.
// - outcome_pair_count: per scope ('service:<id>': a whole service), kept period (its first
//   month), series and (first, latest) pair, how many people had that pair.
// - outcome_period_count: per scope and kept period, goals set and achieved, reviews held.
// - outcome_member_count: per scope, signed counts of people by the months they were connected
//   (first, last; '9999-12' when not ended), so people counted in any period is one sum.
// - outcome_count_state: one row; `ready` once every person who opted in is counted.
// Nothing is counted here: with nobody opted in the counts are empty and ready; otherwise
// `waymark outcomes rebuild` fills them, and reports work from people until it has.
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the app's current types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('outcome_pair_count')
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('from_month', 'text', (c) => c.notNull())
    .addColumn('series', 'text', (c) => c.notNull())
    .addColumn('first_value', 'integer', (c) => c.notNull())
    .addColumn('latest_value', 'integer', (c) => c.notNull())
    .addColumn('people', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('outcome_pair_count_pk', [
      'scope',
      'from_month',
      'series',
      'first_value',
      'latest_value',
    ])
    .execute();
  await db.schema
    .createTable('outcome_period_count')
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('from_month', 'text', (c) => c.notNull())
    .addColumn('goals_set', 'integer', (c) => c.notNull())
    .addColumn('goals_achieved', 'integer', (c) => c.notNull())
    .addColumn('reviews_held', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('outcome_period_count_pk', ['scope', 'from_month'])
    .execute();
  await db.schema
    .createTable('outcome_member_count')
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('from_month', 'text', (c) => c.notNull())
    .addColumn('to_month', 'text', (c) => c.notNull())
    .addColumn('people', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('outcome_member_count_pk', ['scope', 'from_month', 'to_month'])
    .execute();
  await db.schema
    .createTable('outcome_count_state')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('ready', 'integer', (c) => c.notNull())
    .execute();
  await sql`insert into outcome_count_state (id, ready)
    select 1, case when exists (select 1 from outcome_consent) then 0 else 1 end`.execute(db);
}
