// `waymark outcomes rebuild` as an operator runs it after an upgrade: records written before the
// rollup existed (here, straight into the tables) get their outcome rows; a wrong command line
// prints the usage and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_JOURNAL_KEYS } from '../../test/app-harness.ts';
import { COMMAND_TEST_LIMIT, runCli, scratchDatabase } from '../../test/cli-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';

const AT = '2026-09-01T09:00:00.000Z';

describe.each(DIALECTS)('waymark outcomes rebuild on %s', COMMAND_TEST_LIMIT, (dialect) => {
  let database: Awaited<ReturnType<typeof scratchDatabase>>;
  beforeAll(async () => {
    database = await scratchDatabase(dialect);
    const store = await database.open();
    try {
      await store.db
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
      const checkin = (id: string, takenAt: string, mood: number, forMeOnly = 0) => ({
        person_id: 'sam',
        id,
        taken_at: takenAt,
        taken_on: takenAt.slice(0, 10),
        scores: JSON.stringify({ mood, 'own-walks': 3 }),
        note: '',
        for_me_only: forMeOnly,
        signs_present: '[]',
        version: 1,
        created_at: AT,
        updated_at: AT,
        deleted_at: null,
      });
      await store.db
        .insertInto('checkin')
        .values([
          checkin('a', '2026-09-02T08:00:00.000Z', 3),
          checkin('b', '2026-09-20T08:00:00.000Z', 5),
          checkin('c', '2026-09-25T08:00:00.000Z', 7, 1),
        ])
        .execute();
    } finally {
      await store.close();
    }
  });
  afterAll(() => database.drop());

  const cli = (args: string[]) =>
    database.locked('migrate', () =>
      runCli(['outcomes', ...args], { ...database.env, JOURNAL_KEYS: TEST_JOURNAL_KEYS }),
    );
  const rows = async () => {
    const store = await database.open();
    try {
      return await store.db.selectFrom('outcome_value').selectAll().execute();
    } finally {
      await store.close();
    }
  };

  it('refuses a wrong command line with the usage and changes nothing', async () => {
    const wrong = await cli(['rebuild', 'everything']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('outcomes rebuild');
    expect(await rows()).toEqual([]);
  });

  it('rebuilds the rollup from the records: built-in scales, shared values only', async () => {
    const result = await cli(['rebuild']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Outcome figures rebuilt from the records of 1 accounts.');
    expect(await rows()).toEqual([
      {
        person_id: 'sam',
        series: 'checkin:mood:1-7',
        month: '2026-09',
        first_at: '2026-09-02T08:00:00.000Z',
        first_value: 3,
        last_at: '2026-09-20T08:00:00.000Z',
        last_value: 5,
      },
    ]);
  });
});
