// Migration 0030 on a database with life areas (decision 0051): an area never changed that has
// exactly the words of a standard area, in any of the five languages, gets its key, in the item
// and its revision alike; a renamed area or one the person named themselves stays without.
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../store/db.ts';
import { DIALECTS, duringSchemaChanges } from '../../test/dialects.ts';
import { migrateTo, openEmptyStore } from '../../test/migration-store.ts';

const BEFORE = '2026-11-30-0029-team-invitations';
const AT = '2026-06-01T09:00:00.000Z';

const AREAS = [
  { id: 'money', name: 'Money', version: 1 },
  { id: 'welsh-home', name: 'Cartref a ble rydw i’n byw', version: 1 },
  { id: 'hope', name: 'Hope and looking forward', version: 1 },
  { id: 'renamed', name: 'Money', version: 2 },
  { id: 'own', name: 'Holidays', version: 1 },
];

describe.each(DIALECTS)('Migration 0030 on %s', (dialect) => {
  let store: Awaited<ReturnType<typeof openEmptyStore>>;
  beforeAll(async () => {
    store = await openEmptyStore(dialect);
    const db = store.db as unknown as Kysely<Record<string, Record<string, unknown>>>;
    await duringSchemaChanges('migrate', () => migrateTo(store.db, BEFORE));
    await db
      .insertInto('account')
      .values({
        id: 'sam',
        email: 'sam@example.test',
        password_hash: 'not used here',
        display_name: 'Sam',
        role: 'person',
        created_at: AT,
        welcomed_at: null,
        language: null,
      })
      .execute();
    for (const area of AREAS) {
      const data = JSON.stringify({ name: area.name });
      await db
        .insertInto('record_item')
        .values({
          person_id: 'sam',
          id: area.id,
          kind: 'life_area',
          parent_id: null,
          position: 0,
          data,
          schema_version: 1,
          version: area.version,
          created_at: AT,
          updated_at: AT,
          deleted_at: null,
        })
        .execute();
      for (let version = 1; version <= area.version; version += 1)
        await db
          .insertInto('record_revision')
          .values({
            person_id: 'sam',
            item_id: area.id,
            version,
            kind: 'life_area',
            action: version === 1 ? 'create' : 'update',
            data: version === 1 && area.version > 1 ? JSON.stringify({ name: 'Savings' }) : data,
            schema_version: 1,
            authored_by: 'sam',
            authored_role: 'person',
            agreed_by: 'sam',
            agreed_at: AT,
            created_at: AT,
          })
          .execute();
    }
    await duringSchemaChanges('migrate', () => migrate(store.db));
  });
  afterAll(() => store.close());

  it('keys the untouched standard areas, in the item and its revision, and no other', async () => {
    const items = await store.db
      .selectFrom('record_item')
      .select(['id', 'data'])
      .where('person_id', '=', 'sam')
      .orderBy('id')
      .execute();
    const keys = Object.fromEntries(
      items.map((row) => [row.id, (JSON.parse(row.data) as { key?: string }).key ?? null]),
    );
    expect(keys).toEqual({
      hope: 'connection.hope',
      money: 'money',
      own: null,
      renamed: null,
      'welsh-home': 'home',
    });
    const revision = await store.db
      .selectFrom('record_revision')
      .select('data')
      .where('person_id', '=', 'sam')
      .where('item_id', '=', 'welsh-home')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(revision.data)).toEqual({ name: 'Cartref a ble rydw i’n byw', key: 'home' });
  });

  it('makes the outcome tables, empty until the records are written or rebuilt', async () => {
    for (const table of ['outcome_consent', 'outcome_value', 'outcome_goal'] as const) {
      const rows = await store.db.selectFrom(table).selectAll().execute();
      expect(rows).toEqual([]);
    }
  });
});
