// A practitioner's caseload, seeded in this process through the API (the same fixtures as the
// server tests) on a bench database: a practitioner in one team and `people` people connected to
// it, each sharing check-ins, measures and reviews, with two check-ins, two sets of life-area
// ratings and two PHQ-9 answers each. Used by `caseload.ts` and by the suite's caseload route; the
// server process that is then measured reads the same database.
import { buildApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import { openStore } from '../src/server/store/db.ts';
import {
  aServiceAdmin,
  type Client,
  clientFor,
  TEST_JOURNAL_KEYS,
  type TestApp,
} from '../src/server/test/app-harness.ts';
import { aCheckin } from '../src/server/test/checkin-fixtures.ts';
import { aLifeArea, aSignUp } from '../src/server/test/fixtures.ts';
import { aPhq9Answer } from '../src/server/test/measure-fixtures.ts';
import { aPractitionerIn, aTeam, connectToTeam } from '../src/server/test/team-fixtures.ts';

/** The caseload's own address: what the web app's caseload page asks for. */
export const CASELOAD_PATH = '/api/caseload?sort=deterioration';

/** Sign-up allows 20 a minute per address: each few people sign up from an address of their own. */
async function aPerson(t: TestApp, index: number): Promise<Client> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/auth/sign-up',
    remoteAddress: `10.0.${Math.floor(index / 10)}.${(index % 10) + 1}`,
    payload: aSignUp({ displayName: `Person ${String(index).padStart(3, '0')}` }),
  });
  if (response.statusCode !== 201) throw new Error(`sign-up: ${response.body}`);
  const cookie = String(response.headers['set-cookie']).split(';')[0] ?? '';
  const json = response.json() as { account: { id: string }; csrfToken: string };
  return clientFor(t.app, json.account.id, cookie, json.csrfToken);
}

async function must(response: Promise<{ statusCode: number; body: string }>, status: number) {
  const answered = await response;
  if (answered.statusCode !== status) throw new Error(`${answered.statusCode} ${answered.body}`);
}

/** Seeds the team and its people in this process; returns the practitioner's session cookie. */
export async function seedCaseload(
  databaseEnv: Record<string, string>,
  people: number,
): Promise<string> {
  const config = loadConfig({
    ...process.env,
    ...databaseEnv,
    DEMO_DATA: 'false',
    LOG_LEVEL: 'silent',
    JOURNAL_KEYS: TEST_JOURNAL_KEYS,
    WRITES_PER_MINUTE: '1000000',
  });
  const store = await openStore(config.database);
  const clock = {
    now: new Date(),
    advanceMinutes(minutes: number) {
      this.now = new Date(this.now.getTime() + minutes * 60_000);
    },
    advanceSeconds(secondsBy: number) {
      this.now = new Date(this.now.getTime() + secondsBy * 1000);
    },
  };
  const { app, services } = await buildApp({
    config,
    store,
    clock: () => new Date(),
    logger: false,
    webRoot: '/nonexistent',
  });
  await app.ready();
  const t: TestApp = { app, services, store, clock, close: async () => {} };
  try {
    const admin = await aServiceAdmin(t);
    const team = await aTeam(admin, 'Riverside team');
    const priya = await aPractitionerIn(t, admin, team.id, { name: 'Priya Shah' });
    const today = new Date();
    const daysAgo = (n: number) =>
      new Date(today.getTime() - n * 86_400_000).toISOString().slice(0, 10);
    for (let i = 0; i < people; i += 1) {
      const person = await aPerson(t, i);
      const base = `/api/people/${person.personId}`;
      await connectToTeam(person, team.code, {
        checkins: 'view',
        measures: 'view',
        reviews: 'view',
      });
      for (const day of [9, 2]) {
        await must(
          person.request({
            method: 'POST',
            url: `${base}/checkins`,
            payload: aCheckin({ takenAt: `${daysAgo(day)}T09:00:00+00:00` }),
          }),
          201,
        );
      }
      const area = await person.request({
        method: 'POST',
        url: `${base}/life-areas`,
        payload: aLifeArea({ name: 'Home' }),
      });
      const areaId = (area.json() as { id: string }).id;
      for (const [day, score] of [
        [20, 4],
        [3, 3 + (i % 3)],
      ] as const) {
        await must(
          person.request({
            method: 'POST',
            url: `${base}/life-area-ratings`,
            payload: {
              date: daysAgo(day),
              ratings: [{ lifeAreaId: areaId, score, wantHelp: false }],
            },
          }),
          201,
        );
      }
      for (const scores of [
        [1, 1, 1, 1, 0, 0, 0, 0, 0],
        i % 2 === 0 ? [2, 2, 2, 2, 1, 1, 1, 1, 0] : [0, 0, 1, 0, 0, 0, 0, 0, 0],
      ]) {
        await must(
          person.request({
            method: 'POST',
            url: `${base}/measure-responses`,
            payload: aPhq9Answer(scores),
          }),
          201,
        );
      }
    }
    const check = await priya.request({ method: 'GET', url: '/api/caseload' });
    const count = (check.json() as { people: unknown[] }).people.length;
    if (count !== people) throw new Error(`caseload has ${count} people, not ${people}`);
    return priya.cookie;
  } finally {
    await app.close();
    await store.close();
  }
}
