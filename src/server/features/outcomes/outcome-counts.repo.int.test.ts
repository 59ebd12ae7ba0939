// Which report input is read (decision 0055), on both databases: a whole service's 12 months
// from the kept counts, a team's report, another length of period or counts not yet filled from
// the people, each equal to the report from people while the counts are whole. Spoiling the
// counts shows which one a read used; the refill makes them whole and ready again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutcomeScope } from '../../../domain/outcomes/report-input.ts';
import {
  aServiceAdmin,
  type Client,
  signUp,
  startTestApp,
  type TestApp,
} from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { answersTo } from '../../test/measure-fixtures.ts';
import { aTeam, connectToTeam } from '../../test/team-fixtures.ts';
import { readReportInput } from './outcome-counts.repo.ts';
import { refillOutcomeCounts } from './outcome-counts-fill.ts';
import { readOutcomeInput } from './outcomes.repo.ts';

const YEAR = { fromMonth: '2025-12', toMonth: '2026-11' };
const QUARTER = { fromMonth: '2026-09', toMonth: '2026-11' };

describe.each(DIALECTS)('Reading a report from counts or from people on %s', (dialect) => {
  let t: TestApp;
  let service: OutcomeScope;
  let team: OutcomeScope;
  const people: { client: Client; link: string }[] = [];

  beforeAll(async () => {
    t = await startTestApp(dialect);
    const admin = await aServiceAdmin(t, undefined, { secondFactor: true });
    const teams = [await aTeam(admin), await aTeam(admin)];
    service = { serviceId: admin.serviceId, teamIds: teams.map((x) => x.id) };
    team = { serviceId: admin.serviceId, teamIds: [teams[0]?.id ?? ''] };
    for (let i = 0; i < 10; i++) {
      t.clock.advanceMinutes(1);
      const person = await signUp(t.app);
      const link = await connectToTeam(person, teams[i % 2]?.code ?? '', { measures: 'view' });
      people.push({ client: person, link });
      await person.request({
        method: 'PUT',
        url: `/api/people/${person.personId}/outcome-consent`,
        payload: { optedIn: true },
      });
      for (const [authored, item] of [
        ['2026-09-10T10:00:00.000Z', 2],
        ['2026-11-10T10:00:00.000Z', i % 3],
      ] as const) {
        const made = await person.request({
          method: 'POST',
          url: `/api/people/${person.personId}/measure-responses`,
          payload: {
            measureId: 'phq-9',
            response: answersTo('phq-9', [item, item, item, item, item, item, item, item, 0], {
              authored,
            }),
          },
        });
        expect(made.statusCode, made.body).toBe(201);
      }
    }
  }, 120_000);
  afterAll(() => t.close());

  const fromPeople = (scope: OutcomeScope, period = YEAR) =>
    readOutcomeInput(t.store.db, scope, period);

  it('reads each as the people give it while the counts are whole', async () => {
    const year = await readReportInput(t.store.db, service, YEAR, true);
    expect(year.peopleCounted).toBe(10);
    expect(year.series.length).toBeGreaterThan(0);
    expect(year).toEqual(await fromPeople(service));
    expect(await readReportInput(t.store.db, team, YEAR, false)).toEqual(await fromPeople(team));
    expect(await readReportInput(t.store.db, service, QUARTER, true)).toEqual(
      await fromPeople(service, QUARTER),
    );
  });

  it('reads only a whole service’s 12 months from the counts, and people until they are ready', async () => {
    await t.store.db.deleteFrom('outcome_pair_count').execute();
    // The service's year now misses its pairs: it was read from the counts.
    expect((await readReportInput(t.store.db, service, YEAR, true)).series).toEqual([]);
    // A team's year, and a quarter, are still read from the people.
    expect(await readReportInput(t.store.db, team, YEAR, false)).toEqual(await fromPeople(team));
    expect(await readReportInput(t.store.db, service, QUARTER, true)).toEqual(
      await fromPeople(service, QUARTER),
    );
    // Counts not ready (as after the upgrade that made them): the year from the people.
    await t.store.db.updateTable('outcome_count_state').set({ ready: 0 }).execute();
    expect(await readReportInput(t.store.db, service, YEAR, true)).toEqual(
      await fromPeople(service),
    );
    // The refill makes them whole and ready again.
    expect(await refillOutcomeCounts(t.store.db)).toBe(10);
    const refilled = await readReportInput(t.store.db, service, YEAR, true);
    expect(refilled.series.length).toBeGreaterThan(0);
    expect(refilled).toEqual(await fromPeople(service));
  });

  it('takes someone out at once when they end a team connection or close their account', async () => {
    const next = { fromMonth: '2026-12', toMonth: '2027-11' };
    const counted = async (period = YEAR) => {
      const kept = await readReportInput(t.store.db, service, period, true);
      expect(kept).toEqual(await fromPeople(service, period));
      return kept.peopleCounted;
    };
    expect(await counted()).toBe(10);
    expect(await counted(next)).toBe(10);
    const [ending, closing] = people;
    if (!ending || !closing) throw new Error('no people');
    // Ended from the sharing page: still theirs this year, in no period after it.
    const ended = await ending.client.request({
      method: 'DELETE',
      url: `/api/people/${ending.client.personId}/sharing/${ending.link}`,
    });
    expect(ended.statusCode, ended.body).toBe(204);
    expect(await counted()).toBe(10);
    expect(await counted(next)).toBe(9);
    const closed = await closing.client.request({
      method: 'POST',
      url: '/api/account/close',
      payload: { currentPassword: 'a long enough password', understood: true },
    });
    expect(closed.statusCode, closed.body).toBe(204);
    expect(await counted()).toBe(9);
    expect(await counted(next)).toBe(8);
  });
});
