// Frozen in time: service outcome reports (issue 16, decision 0051). Three person-owned tables,
// person_id leading every key so they distribute with the rest of the person's rows:
// - outcome_consent: a row means the person chose to count, anonymously, in their services'
//   reports; choosing to stop deletes it (the person's access log keeps the history).
// - outcome_value: per person, series and calendar month (UTC), the first and last value the
//   person recorded that month ("for me only" and deleted rows left out), kept current by every
//   write path in the same transaction, so a report reads months, not every check-in.
// - outcome_goal: per goal, the month it was set and the month its status first became
//   achieved, kept by the goals' write path.
// Reports find a team's people through relationship (team_id, person_id), made by migration 0021.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the app's current types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('outcome_consent')
    .addColumn('person_id', 'text', (c) => c.primaryKey().references('account.id'))
    .addColumn('opted_in_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('outcome_value')
    .addColumn('person_id', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('series', 'text', (c) => c.notNull())
    // 'YYYY-MM'
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('first_at', 'text', (c) => c.notNull())
    .addColumn('first_value', 'integer', (c) => c.notNull())
    .addColumn('last_at', 'text', (c) => c.notNull())
    .addColumn('last_value', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('outcome_value_pk', ['person_id', 'series', 'month'])
    .execute();
  await db.schema
    .createTable('outcome_goal')
    .addColumn('person_id', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('goal_id', 'text', (c) => c.notNull())
    .addColumn('created_month', 'text', (c) => c.notNull())
    .addColumn('achieved_month', 'text')
    .addPrimaryKeyConstraint('outcome_goal_pk', ['person_id', 'goal_id'])
    .execute();
}
