import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, openTestStore } from '../test/dialects.ts';
import { compiledRead } from './compiled-query.ts';
import type { Store } from './db.ts';

const account = (id: string, role = 'person') => ({
  id,
  email: `${id}@example.test`,
  password_hash: 'x',
  display_name: `Name of ${id}`,
  role,
  created_at: '2026-11-29T00:00:00.000Z',
});

describe.each(DIALECTS)('A compiled read (%s)', (dialect) => {
  let store: Store;
  beforeEach(async () => {
    store = await openTestStore(dialect);
    await store.db
      .insertInto('account')
      .values([account('a1'), account('a2', 'supporter'), account('a3')])
      .execute();
  });
  afterEach(() => store.close());

  const byRole = (store: Store) =>
    compiledRead(store.db, ['role', 'after'], (p) =>
      store.db
        .selectFrom('account')
        .select(['id', 'display_name'])
        // A constant between the two parameters, and the parameters out of declared order.
        .where('id', '>', p.after)
        .where('email', '!=', 'nobody@example.test')
        .where('role', '=', p.role)
        .orderBy('id'),
    );

  it('returns what the same Kysely query returns, for each set of values', async () => {
    const read = byRole(store);
    for (const values of [
      { role: 'person', after: '' },
      { role: 'person', after: 'a1' },
      { role: 'supporter', after: '' },
      { role: 'nobody', after: '' },
    ]) {
      const expected = await store.db
        .selectFrom('account')
        .select(['id', 'display_name'])
        .where('id', '>', values.after)
        .where('email', '!=', 'nobody@example.test')
        .where('role', '=', values.role)
        .orderBy('id')
        .execute();
      expect(await read(values)).toEqual(expected);
    }
    expect((await read({ role: 'person', after: '' })).map((row) => row.id)).toEqual(['a1', 'a3']);
  });

  it('sees a change as soon as it is committed, and not while its transaction is open', async () => {
    const read = byRole(store);
    expect(await read({ role: 'supporter', after: '' })).toHaveLength(1);
    let duringTransaction: unknown[] = [];
    await store.db.transaction().execute(async (trx) => {
      await trx.updateTable('account').set({ role: 'supporter' }).where('id', '=', 'a1').execute();
      duringTransaction = await read({ role: 'supporter', after: '' });
    });
    expect(duringTransaction).toHaveLength(1);
    expect(await read({ role: 'supporter', after: '' })).toHaveLength(2);
  });

  it('refuses to be made with a parameter the query does not use', () => {
    expect(() =>
      compiledRead(store.db, ['id', 'forgotten'], (p) =>
        store.db.selectFrom('account').select('id').where('id', '=', p.id),
      ),
    ).toThrow(/forgotten/);
  });
});
