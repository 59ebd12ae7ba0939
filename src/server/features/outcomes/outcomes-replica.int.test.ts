// Reports read from REPORTS_DATABASE_URL's streaming replica (issue 16): a real hot standby of
// the test PostgreSQL, made with pg_basebackup (test/streaming-replica.ts). The proof that a
// report reads the replica: with the replica's replay paused, an opt-out on the primary is
// already in the primary's answer but not yet in the report; once replay has caught up with the
// primary, the report leaves the person out too.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutcomePeriod, OutcomeScope } from '../../../domain/outcomes/report-input.ts';
import { openReportsDb } from '../../store/db.ts';
import type { Database } from '../../store/schema.ts';
import {
  aServiceAdmin,
  type Client,
  signUp,
  startTestApp,
  type TestApp,
} from '../../test/app-harness.ts';
import { aCheckin, checkinUrls } from '../../test/checkin-fixtures.ts';
import { POSTGRES_URL } from '../../test/dialects.ts';
import { aSignUp } from '../../test/fixtures.ts';
import {
  replicaProblem,
  type StreamingReplica,
  startStreamingReplica,
} from '../../test/streaming-replica.ts';
import { aTeam, connectToTeam } from '../../test/team-fixtures.ts';
import { readReportInput } from './outcome-counts.repo.ts';
import { readOutcomeInput } from './outcomes.repo.ts';

const problem = await replicaProblem();
if (problem && process.env.WAYMARK_REQUIRE_POSTGRES === '1')
  throw new Error(`A streaming replica is required (WAYMARK_REQUIRE_POSTGRES=1): ${problem}`);
if (problem) console.warn(`\n  SKIPPING the streaming replica tests: ${problem}\n`);

const PERIOD: OutcomePeriod = { fromMonth: '2026-11', toMonth: '2026-11' };
const YEAR: OutcomePeriod = { fromMonth: '2025-12', toMonth: '2026-11' };

describe.skipIf(problem !== null)('Reports on a streaming replica (REPORTS_DATABASE_URL)', () => {
  let replica: StreamingReplica | undefined;
  let t: TestApp | undefined;
  let reports: { db: Kysely<Database>; close(): Promise<void> } | undefined;

  beforeAll(async () => {
    replica = await startStreamingReplica();
    const standby = replica;
    t = await startTestApp(
      'postgres',
      {},
      {
        // The same schema as the test store's, on the replica, as main.ts opens it.
        reportsDb: async (store) => {
          const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(
            store.db,
          );
          const url = new URL(standby.urlFor(POSTGRES_URL));
          url.searchParams.set('options', `-c search_path=${rows[0]?.schema}`);
          await standby.waitForCatchUp();
          reports = openReportsDb({ url: url.toString() }, store);
          return reports.db;
        },
      },
    );
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await reports?.close();
    await replica?.stop();
  }, 60_000);

  it('reads reports from the replica, and leaves out an opt-out once the replica has caught up', async () => {
    if (!t || !replica || !reports) throw new Error('not started');
    const app = t;
    const admin = await aServiceAdmin(app);
    const team = await aTeam(admin);
    const people: Client[] = [];
    // The person's own choice, through their route, written on the primary.
    const choose = async (person: Client, optedIn: boolean) => {
      const chosen = await person.request({
        method: 'PUT',
        url: `/api/people/${person.personId}/outcome-consent`,
        payload: { optedIn },
      });
      expect(chosen.statusCode).toBe(200);
    };
    for (const name of ['Ada', 'Bea', 'Cal']) {
      const person = await signUp(app.app, aSignUp({ displayName: name }));
      await connectToTeam(person, team.code, { checkins: 'view' });
      for (const [takenAt, mood] of [
        ['2026-11-02T09:00:00+00:00', 3],
        ['2026-11-20T09:00:00+00:00', 5],
      ] as const) {
        const saved = await person.request({
          method: 'POST',
          url: checkinUrls(person.personId).checkins,
          payload: aCheckin({ takenAt, scores: { mood, hope: 4, sleep: 4 } }),
        });
        expect(saved.statusCode).toBe(201);
      }
      await choose(person, true);
      people.push(person);
    }
    const scope: OutcomeScope = { serviceId: admin.serviceId, teamIds: [team.id] };
    const counted = async (db: Kysely<Database>) =>
      (await readOutcomeInput(db, scope, PERIOD)).peopleCounted;
    // The service's year from its kept counts (decision 0055): the service has this one team.
    const kept = async (db: Kysely<Database>) =>
      (await readReportInput(db, scope, YEAR, true)).peopleCounted;

    // The app's reports database is the standby; its main store is the primary.
    const recovering = async (db: Kysely<Database>) =>
      (await sql<{ standby: boolean }>`select pg_is_in_recovery() as standby`.execute(db)).rows[0]
        ?.standby;
    expect(app.services.reportsDb).toBe(reports.db);
    expect(await recovering(app.services.reportsDb)).toBe(true);
    expect(await recovering(app.store.db)).toBe(false);
    // Read only, whatever it points at.
    await expect(app.services.reportsDb.deleteFrom('outcome_consent').execute()).rejects.toThrow(
      /read-only/,
    );

    await replica.waitForCatchUp();
    expect(await counted(app.services.reportsDb)).toBe(3);
    expect(await kept(app.services.reportsDb)).toBe(3);

    // Replay paused: the opt-out is on the primary only.
    await replica.pauseReplay();
    try {
      const first = people[0];
      if (!first) throw new Error('no people');
      await choose(first, false);
      expect(await counted(app.store.db)).toBe(2);
      expect(await counted(app.services.reportsDb)).toBe(3);
      expect(await kept(app.store.db)).toBe(2);
      expect(await kept(app.services.reportsDb)).toBe(3);
    } finally {
      await replica.resumeReplay();
    }

    await replica.waitForCatchUp();
    expect(await counted(app.services.reportsDb)).toBe(2);
    const input = await readOutcomeInput(app.services.reportsDb, scope, PERIOD);
    expect(input).toEqual(await readOutcomeInput(app.store.db, scope, PERIOD));
    expect(await kept(app.services.reportsDb)).toBe(2);
    expect(await readReportInput(app.services.reportsDb, scope, YEAR, true)).toEqual(
      await readOutcomeInput(app.store.db, scope, YEAR),
    );
  }, 120_000);
});
