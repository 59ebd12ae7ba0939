// What docs/scaling.md claims of the schema for Citus, checked on the migrated PostgreSQL
// schema: every person-owned table (one with a person_id column) can be distributed by
// person_id, because Citus needs the distribution column in every primary key and unique
// constraint. A new table or constraint that breaks this fails here, and the doc must say how
// it is served instead.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, openTestStore } from '../test/dialects.ts';
import type { Store } from './db.ts';

type UniqueIndex = { table: string; index: string; primary: boolean; columns: string[] };

/**
 * Unique indexes of person-owned tables without person_id: each is a lookup by a secret's hash
 * that comes before anyone knows whose record it is. docs/scaling.md says how each is served on
 * Citus (a small lookup table distributed by the hash, leading to the person).
 */
const LOOKUPS_BY_HASH = [
  'api_token.api_token_token_hash_key',
  'emergency_link.emergency_link_token_hash_key',
  'invitation.invitation_token_hash_key',
];

describe.skipIf(!DIALECTS.includes('postgres'))('Distribution keys (docs/scaling.md)', () => {
  let store: Store;
  let indexes: UniqueIndex[];

  beforeAll(async () => {
    store = await openTestStore('postgres');
    const { rows } = await sql<UniqueIndex>`
      select c.relname as "table", i.relname as "index", x.indisprimary as "primary",
             array(select a.attname::text
                     from unnest(x.indkey) with ordinality as k(attnum, position)
                     join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
                    order by k.position) as columns
        from pg_index x
        join pg_class c on c.oid = x.indrelid
        join pg_class i on i.oid = x.indexrelid
       where c.relnamespace = current_schema()::regnamespace
         and x.indisunique
         and exists (select 1 from pg_attribute p
                      where p.attrelid = c.oid and p.attname = 'person_id' and not p.attisdropped)
       order by 1, 2`.execute(store.db);
    indexes = rows;
  });
  afterAll(async () => {
    await store?.close();
  });

  it('finds the person-owned tables, the report tables among them', () => {
    const tables = new Set(indexes.map((index) => index.table));
    for (const table of [
      'checkin',
      'record_item',
      'outcome_value',
      'outcome_consent',
      'relationship',
    ])
      expect(tables).toContain(table);
  });

  it('leads the primary key of every person-owned table with person_id', () => {
    const primaries = indexes.filter((index) => index.primary);
    expect(primaries.length).toBeGreaterThan(25);
    expect(primaries.filter((index) => index.columns[0] !== 'person_id')).toEqual([]);
  });

  it('has person_id in every other unique constraint, but for the lookups by a hash the doc names', () => {
    const without = indexes
      .filter((index) => !index.columns.includes('person_id'))
      .map((index) => `${index.table}.${index.index}`);
    expect(without).toEqual(LOOKUPS_BY_HASH);
  });

  it('leads the primary key of the kept outcome counts with scope, their distribution column', async () => {
    const { rows } = await sql<{ table: string; first: string }>`
      select c.relname as "table", a.attname::text as "first"
        from pg_index x
        join pg_class c on c.oid = x.indrelid
        join pg_attribute a on a.attrelid = c.oid and a.attnum = x.indkey[0]
       where c.relnamespace = current_schema()::regnamespace and x.indisprimary
         and c.relname in ('outcome_pair_count', 'outcome_period_count', 'outcome_member_count')
       order by 1`.execute(store.db);
    expect(rows).toEqual([
      { table: 'outcome_member_count', first: 'scope' },
      { table: 'outcome_pair_count', first: 'scope' },
      { table: 'outcome_period_count', first: 'scope' },
    ]);
  });
});
