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
  record_annotation: [],
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
};

function aggregate([fn, column]: [Aggregate, string]): RawBuilder<unknown> {
  const ref = sql.ref(column);
  if (fn === 'sum') return sql`sum(${ref})`;
  if (fn === 'max') return sql`max(${ref})`;
  return sql`count(${ref})`;
}

export type PersonState = Record<string, string>;

/** Counts and aggregates of each person-owned table, the person's account, and all accounts. */
export async function personState(store: Store, personId: string): Promise<PersonState> {
  const state: PersonState = {};
  for (const [table, aggregates = []] of Object.entries(TABLES)) {
    const columns = [sql`count(*)`, ...aggregates.map(aggregate)];
    const query = sql<Record<string, unknown>>`select ${sql.join(columns)} from ${sql.table(
      table,
    )} where person_id = ${personId}`;
    const row = (await query.execute(store.db)).rows[0] ?? {};
    // Both drivers name and type aggregates differently; their values as text compare alike.
    state[table] = Object.values(row).map(String).join('|');
  }
  const account = await store.db
    .selectFrom('account')
    .select(['email', 'display_name', 'password_hash', 'role'])
    .where('id', '=', personId)
    .executeTakeFirst();
  state.account = JSON.stringify(account ?? null);
  const accounts = await store.db
    .selectFrom('account')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  state.accounts = String(accounts.n);
  return state;
}
