// A cheap fingerprint of everything a person has stored, to prove that a refused request changed
// nothing. One query per table, made of aggregates only, so a fuzz run can take it after every
// request: a new row changes a count, an update raises a version sum and a time, a delete or a
// revoke changes the count of marked rows. Tests that need to see the rows themselves use
// recordSnapshot (api.ts) instead.
import { type RawBuilder, sql } from 'kysely';
import type { Store } from '../store/db.ts';
import type { Database } from '../store/schema.ts';

type Aggregate = 'sum' | 'max' | 'count';
/** The person-owned tables and what to aggregate in each, besides the row count. */
const TABLES: Partial<Record<keyof Database, [Aggregate, string][]>> = {
  record_item: [
    ['sum', 'version'],
    ['max', 'updated_at'],
    ['count', 'deleted_at'],
  ],
  record_revision: [['max', 'created_at']],
  record_annotation: [['count', 'deleted_at']],
  record_comment: [
    ['count', 'hidden_at'],
    ['max', 'hidden_at'],
    ['count', 'deleted_at'],
  ],
  attachment: [
    ['count', 'deleted_at'],
    ['max', 'deleted_at'],
  ],
  emergency_link: [
    ['count', 'revoked_at'],
    ['max', 'revoked_at'],
  ],
  emergency_link_view: [],
  checkin: [
    ['sum', 'version'],
    ['max', 'updated_at'],
    ['count', 'deleted_at'],
  ],
  checkin_revision: [],
  journal_entry: [
    ['sum', 'version'],
    ['max', 'updated_at'],
    ['count', 'deleted_at'],
  ],
  journal_revision: [],
  measure_response: [
    ['sum', 'version'],
    ['max', 'updated_at'],
  ],
  measure_response_revision: [],
  observation: [],
  review: [
    ['sum', 'version'],
    ['max', 'updated_at'],
  ],
  review_revision: [],
  // The outcome rollup moves with every counted write; the choice to count (decision 0051).
  outcome_value: [
    ['max', 'last_at'],
    ['sum', 'last_value'],
  ],
  outcome_goal: [['count', 'achieved_month']],
  outcome_consent: [],
  // A suggestion made, decided or withdrawn (decision 0029).
  suggestion: [
    ['max', 'decided_at'],
    ['count', 'decided_at'],
  ],
};

function aggregate(table: string, [fn, column]: [Aggregate, string], personId: string) {
  const value =
    fn === 'sum'
      ? sql`sum(${sql.ref(column)})`
      : fn === 'max'
        ? sql`max(${sql.ref(column)})`
        : sql`count(${sql.ref(column)})`;
  return sql`(select ${value} from ${sql.table(table)} where person_id = ${personId})`;
}

export type PersonState = Record<string, string>;

/**
 * Counts and aggregates of each person-owned table, the person's account, and how many accounts
 * there are, read in one statement.
 */
export async function personState(store: Store, personId: string): Promise<PersonState> {
  const columns: RawBuilder<unknown>[] = [];
  for (const [table, aggregates = []] of Object.entries(TABLES)) {
    for (const measure of [['count', '*'] as [Aggregate, string], ...aggregates]) {
      const name = `${table}_${measure[0]}_${measure[1] === '*' ? 'rows' : measure[1]}`;
      const value =
        measure[1] === '*'
          ? sql`(select count(*) from ${sql.table(table)} where person_id = ${personId})`
          : aggregate(table, measure, personId);
      columns.push(sql`${value} as ${sql.id(name)}`);
    }
  }
  const account = (column: string) =>
    sql`(select ${sql.ref(column)} from account where id = ${personId}) as ${sql.id(
      `account_${column}`,
    )}`;
  columns.push(
    ...['email', 'display_name', 'password_hash', 'role'].map(account),
    sql`(select count(*) from account) as ${sql.id('accounts')}`,
  );
  const query = sql<Record<string, unknown>>`select ${sql.join(columns)}`;
  const row = (await query.execute(store.db)).rows[0] ?? {};
  // The drivers type counts and sums differently; as text they compare alike.
  return Object.fromEntries(Object.entries(row).map(([name, value]) => [name, String(value)]));
}
