// The national data set's kept outcome counts (decision 0055) at a small size, on both
// databases: filled as `waymark outcomes rebuild` fills them, they give every kept period's
// report of a service exactly as its people do; and they are what the write paths leave: opting
// every counted person out through the consent write's code leaves no count, and opting them
// back in through it gives the filled counts again.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVERYTHING, withOutcomeCounts } from '../src/server/features/outcomes/outcome-counts.ts';
import type { Store } from '../src/server/store/db.ts';
import { DIALECTS, type Dialect, openTestStore } from '../src/server/test/dialects.ts';
import { countedAndFromPeople, keptPeriodsFrom } from '../src/server/test/outcome-counts-check.ts';
import {
  fillCounts,
  postgresSql,
  seed,
  serviceId,
  shapeFor,
  sqliteSql,
  teamId,
} from './outcomes-seed.ts';

const PEOPLE = 300;
const SERVICES = [0, 3, 7, 21, 49];
const serviceOf = (s: number) => ({
  serviceId: serviceId(s),
  teamIds: Array.from({ length: 40 }, (_, i) => teamId(s + i * 50)),
});

describe.each(DIALECTS)('The national data set’s kept counts on %s', (dialect: Dialect) => {
  let store: Store;

  beforeAll(async () => {
    store = await openTestStore(dialect);
    await seed(
      { run: async (text) => void (await sql.raw(text).execute(store.db)), close: async () => {} },
      dialect === 'postgres' ? postgresSql : sqliteSql,
      { ...shapeFor(PEOPLE), chunk: 120 },
      () => {},
    );
    await fillCounts(store.db, () => {});
  }, 120_000);
  afterAll(async () => {
    await store?.close();
  });

  const rowsOf = async () => {
    const nonZero = <R extends Record<string, unknown>>(rows: R[], fields: (keyof R)[]) =>
      rows.filter((row) => fields.some((field) => Number(row[field]) !== 0));
    return {
      pairs: nonZero(
        await store.db
          .selectFrom('outcome_pair_count')
          .selectAll()
          .orderBy('scope')
          .orderBy('from_month')
          .orderBy('series')
          .orderBy('first_value')
          .orderBy('latest_value')
          .execute(),
        ['people'],
      ),
      periods: nonZero(
        await store.db
          .selectFrom('outcome_period_count')
          .selectAll()
          .orderBy('scope')
          .orderBy('from_month')
          .execute(),
        ['goals_set', 'goals_achieved', 'reviews_held'],
      ),
      members: nonZero(
        await store.db
          .selectFrom('outcome_member_count')
          .selectAll()
          .orderBy('scope')
          .orderBy('from_month')
          .orderBy('to_month')
          .execute(),
        ['people'],
      ),
    };
  };

  it('gives every kept period of a service what its people give', async () => {
    // Two years of data from December 2024: every period holding any of it.
    const periods = keptPeriodsFrom('2023-12', '2026-12');
    let compared = 0;
    for (const s of SERVICES)
      for (const { from, counted, fromPeople } of await countedAndFromPeople(
        store.db,
        serviceOf(s),
        periods,
      )) {
        expect(counted, `${serviceId(s)} from ${from}`).toEqual(fromPeople);
        if (fromPeople.series.length > 0) compared += 1;
      }
    expect(compared).toBeGreaterThan(SERVICES.length * 20);
  }, 120_000);

  it('holds what the write paths add: everyone out through them leaves nothing, back in the same counts', async () => {
    const filled = await rowsOf();
    expect(filled.pairs.length).toBeGreaterThan(1000);
    const consents = await store.db.selectFrom('outcome_consent').selectAll().execute();
    const consent = (row: (typeof consents)[number], on: boolean) =>
      store.db.transaction().execute((trx) =>
        withOutcomeCounts(trx, row.person_id, EVERYTHING, async () => {
          if (on) await trx.insertInto('outcome_consent').values(row).execute();
          else
            await trx
              .deleteFrom('outcome_consent')
              .where('person_id', '=', row.person_id)
              .execute();
        }),
      );
    for (const row of consents) await consent(row, false);
    expect(await rowsOf()).toEqual({ pairs: [], periods: [], members: [] });
    for (const row of consents) await consent(row, true);
    expect(await rowsOf()).toEqual(filled);
  }, 120_000);
});
