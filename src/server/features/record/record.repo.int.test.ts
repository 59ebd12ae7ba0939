// The owner's read of a section names who wrote and who agreed its current version, as the
// person knows them. The rows are written straight into the database, so every case the read
// must name (agreed by someone else, agreed by nobody, never revised) is set up exactly.
import { CompiledQuery, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../store/db.ts';
import { DIALECTS, openTestStore } from '../../test/dialects.ts';
import { watchQueries } from '../../test/watched-queries.ts';
import { createRecordRepo } from './record.repo.ts';

const at = '2026-01-10T09:00:00.000Z';

async function addAccount(store: Store, id: string, name: string) {
  await sql`insert into account (id, email, password_hash, display_name, role, created_at)
    values (${id}, ${`${id}@example.test`}, ${'x'}, ${name}, ${'person'}, ${at})`.execute(store.db);
}

async function addItem(store: Store, personId: string, id: string, kind: string, version: number) {
  await sql`insert into record_item (person_id, id, kind, parent_id, position, data, version, created_at, updated_at, deleted_at)
    values (${personId}, ${id}, ${kind}, ${null}, ${0}, ${'{}'}, ${version}, ${at}, ${at}, ${null})`.execute(
    store.db,
  );
}

async function addRevision(
  store: Store,
  row: { personId: string; itemId: string; version: number; by: string; agreedBy: string | null },
) {
  await sql`insert into record_revision (person_id, item_id, version, kind, action, data, authored_by, authored_role, agreed_by, agreed_at, created_at)
    values (${row.personId}, ${row.itemId}, ${row.version}, ${'about_me'}, ${'update'}, ${'{}'}, ${row.by}, ${'person'}, ${row.agreedBy}, ${row.agreedBy === null ? null : at}, ${at})`.execute(
    store.db,
  );
}

describe.each(DIALECTS)('a section read with who wrote and agreed it (%s)', (dialect) => {
  let store: Store;
  beforeAll(async () => {
    store = await openTestStore(dialect);
    await addAccount(store, 'jo', 'Jo Account');
    await addAccount(store, 'sam', 'Samuel Account');
    await addAccount(store, 'kim', 'Kim');
    // Jo knows Sam by the name Jo gave him.
    await sql`insert into relationship (person_id, id, account_id, role, known_as, created_at)
      values (${'jo'}, ${'rel-sam'}, ${'sam'}, ${'supporter'}, ${'Sam'}, ${at})`.execute(store.db);
  });
  afterAll(() => store.close());

  it("names the current version's author and whoever agreed it, as the person knows them", async () => {
    await addItem(store, 'jo', 'about-jo', 'about_me', 2);
    await addRevision(store, {
      personId: 'jo',
      itemId: 'about-jo',
      version: 1,
      by: 'jo',
      agreedBy: 'jo',
    });
    await addRevision(store, {
      personId: 'jo',
      itemId: 'about-jo',
      version: 2,
      by: 'sam',
      agreedBy: 'jo',
    });
    const found = await createRecordRepo(store.db).findSingletonAgreed('jo', 'about_me');
    expect(found?.row).toMatchObject({ id: 'about-jo', version: 2 });
    expect(found?.agreement).toEqual({
      authored_by: 'sam',
      author_name: 'Sam',
      agreed_by: 'jo',
      agreed_by_name: 'Jo Account',
      agreed_at: at,
    });
  });

  it('has no name for an agreement nobody gave, and nothing for an item never revised', async () => {
    await addAccount(store, 'ash', 'Ash');
    await addItem(store, 'ash', 'about-ash', 'about_me', 1);
    await addRevision(store, {
      personId: 'ash',
      itemId: 'about-ash',
      version: 1,
      by: 'kim',
      agreedBy: null,
    });
    await addItem(store, 'ash', 'plan-ash', 'crisis_plan', 1);
    const repo = createRecordRepo(store.db);
    expect((await repo.findSingletonAgreed('ash', 'about_me'))?.agreement).toEqual({
      authored_by: 'kim',
      author_name: 'Kim',
      agreed_by: null,
      agreed_by_name: null,
      agreed_at: null,
    });
    const unrevised = await repo.findSingletonAgreed('ash', 'crisis_plan');
    expect(unrevised?.row.id).toBe('plan-ash');
    expect(unrevised?.agreement).toBeUndefined();
    expect(await repo.findSingletonAgreed('ash', 'goal')).toBeUndefined();
  });

  // The name comes from the person's latest relationship with the author. Sorting their
  // relationships for it made SQLite build and free a temporary table, page cache and all, on
  // every read of a section (decision 0021's night addendum): an index gives the order.
  it('reads a section and its names without sorting anything in a temporary table', async () => {
    const ran: Array<{ text: string; values: readonly unknown[] }> = [];
    const watched = watchQueries(store.db, {
      prepared: (text, values) => ran.push({ text, values }),
    });
    const found = await createRecordRepo(watched).findSingletonAgreed('jo', 'about_me');
    expect(found?.agreement?.author_name).toBe('Sam');
    expect(ran).toHaveLength(1);
    for (const { text, values } of ran) {
      const plan = await store.db.transaction().execute(async (trx) => {
        // PostgreSQL would scan and sort a table this small whatever its indexes; told not
        // to scan, it sorts only where no index gives the order.
        if (dialect === 'postgres') await sql`set local enable_seqscan = off`.execute(trx);
        const explain = dialect === 'postgres' ? 'explain (costs off) ' : 'explain query plan ';
        const { rows } = await trx.executeQuery(CompiledQuery.raw(explain + text, [...values]));
        return rows.map((row) => Object.values(row as object).join(' ')).join('\n');
      });
      expect(plan).not.toMatch(/TEMP B-TREE|Sort/);
    }
  });
});
