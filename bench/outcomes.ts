// Service outcome reports at national scale (issue 16): figures only, never assertions.
// On a data set from bench/outcomes-seed.ts:
//   1. a service's outcomes for a year: `readReportInput` for one service's 40 teams, as the
//      report route reads them (kept counts, decision 0055), through a read-only reports
//      connection as the app opens it (store/db.ts openReportsDb), services in turn; p50 and p99;
//      and the same from its people (`readOutcomeInput`, what any other period reads);
//   2. the whole country's: every service's year one after another, as an operator would ask the
//      reports path for all of them (there is no national route: a report is of one service);
//   3. a team's year, from its people (teams are not kept as counts);
//   4. a check-in write's latency, through the real server in a process of its own, by someone
//      who opted in and is in a team (so each check-in moves the counts), alone and then while
//      service reports run one after another without pause in a thread of this process (its
//      own reports connection); p50 and p99.
//
//   OUTCOMES_DATABASE_URL=postgres://…/waymark_outcomes_100000 node bench/outcomes.ts
//   PEOPLE=20000 node bench/outcomes.ts        # seeds a scratch database first, drops it after
//   DATABASE=sqlite PEOPLE=20000 node bench/outcomes.ts
//
// Settings: OUTCOMES_DATABASE_URL (a seeded PostgreSQL database, kept) or SQLITE_FILE (a seeded
// SQLite file, kept); otherwise PEOPLE (20,000) are seeded into a scratch database on
// BENCH_POSTGRES_URL, or a temporary SQLite file; SERVICE_RUNS (20) service reports; COUNTRY_RUNS
// (3) country reports; WRITE_SECONDS (15) of check-ins alone and again beside the reports.
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Kysely } from 'kysely';
import type { OutcomePeriod, OutcomeScope } from '../src/domain/outcomes/report-input.ts';
import { readReportInput } from '../src/server/features/outcomes/outcome-counts.repo.ts';
import { readOutcomeInput } from '../src/server/features/outcomes/outcomes.repo.ts';
import { openPostgres, openSqlite } from '../src/server/store/db.ts';
import type { Database } from '../src/server/store/schema.ts';
import { recordPath, send, signUp, writeHeaders } from './http-client.ts';
import { timedCheckins } from './lone-checkins.ts';
import {
  freshPostgresDatabase,
  printSeedReport,
  seedPostgres,
  seedSqlite,
  serviceId,
  shapeFor,
  teamId,
} from './outcomes-seed.ts';
import { machineFacts, machineLine } from './report.ts';
import { startWaymark } from './servers.ts';
import { summariseLatencies } from './stats.ts';

const YEAR: OutcomePeriod = { fromMonth: '2025-12', toMonth: '2026-11' };
const SHAPE = shapeFor(0);
const SERVICES = Array.from({ length: SHAPE.services }, (_, s) => s);
const scopeOf = (s: number): OutcomeScope => ({
  serviceId: serviceId(s),
  // Team t belongs to service t % 50 (bench/outcomes-seed.ts).
  teamIds: Array.from({ length: SHAPE.teamsPerService }, (_, i) => teamId(s + i * SHAPE.services)),
});

const whole = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number`);
  return value;
};

type ReportsSpec = { dialect: 'postgres'; url: string } | { dialect: 'sqlite'; file: string };

/** The reports connection as main.ts opens REPORTS_DATABASE_URL: its own, read only. */
const openReports = (spec: ReportsSpec): Kysely<Database> =>
  spec.dialect === 'postgres'
    ? openPostgres(spec.url, { readOnly: true })
    : openSqlite(spec.file, { log: () => {} });

type Target = {
  label: string;
  spec: ReportsSpec;
  /** What the server is started with. */
  env: Record<string, string>;
  reports: Kysely<Database>;
  close(): Promise<void>;
};

async function target(): Promise<Target> {
  const database = process.env.DATABASE ?? 'postgres';
  const people = whole('PEOPLE', 20_000);
  const log = (line: string) => console.log(line);
  if (database === 'sqlite') {
    let file = process.env.SQLITE_FILE;
    let folder: string | undefined;
    if (!file) {
      folder = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-outcomes-'));
      file = path.join(folder, 'waymark.db');
      printSeedReport(await seedSqlite(file, shapeFor(people), log), `SQLite, ${file}`);
    }
    const spec: ReportsSpec = { dialect: 'sqlite', file };
    const reports = openReports(spec);
    return {
      label: `SQLite, ${file}`,
      spec,
      env: { DATA_DIR: path.dirname(file) },
      reports,
      close: async () => {
        await reports.destroy();
        if (folder) fs.rmSync(folder, { recursive: true, force: true });
      },
    };
  }
  let url = process.env.OUTCOMES_DATABASE_URL;
  let scratch: string | undefined;
  const adminUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  if (!url) {
    scratch = `waymark_outcomes_bench_${randomUUID().slice(0, 8)}`;
    url = await freshPostgresDatabase(adminUrl, scratch);
    printSeedReport(await seedPostgres(url, shapeFor(people), log), `PostgreSQL, ${scratch}`);
  }
  const spec: ReportsSpec = { dialect: 'postgres', url };
  const reports = openReports(spec);
  return {
    label: `PostgreSQL, ${new URL(url).pathname.slice(1)}`,
    spec,
    env: { DATABASE_URL: url },
    reports,
    close: async () => {
      await reports.destroy();
      // A scratch database is dropped: the replica test copies the whole cluster.
      if (scratch) {
        const pg = (await import('pg')).default;
        const admin = new pg.Client({ connectionString: adminUrl });
        await admin.connect();
        await admin.query(`drop database if exists ${scratch} with (force)`);
        await admin.end();
      }
    },
  };
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** A service's year as the report route reads it: kept counts. */
const serviceYear = (reports: Kysely<Database>, s: number) =>
  readReportInput(reports, scopeOf(s), YEAR, true);

async function countryYear(reports: Kysely<Database>): Promise<number> {
  let counted = 0;
  for (const s of SERVICES) counted += (await serviceYear(reports, s)).peopleCounted;
  return counted;
}

/**
 * Check-ins one after another for `seconds` by someone who opted in and is in team 0 (the
 * connection written straight in: seeded teams have no code); each one's time as the client saw it.
 */
async function checkinLatencies(
  origin: string,
  seconds: number,
  main: Kysely<Database>,
): Promise<number[]> {
  const person = await signUp(origin, `writer-${randomUUID()}@bench.example`, 'Bench writer');
  const consent = await send(recordPath(origin, person, '/outcome-consent'), {
    method: 'PUT',
    headers: writeHeaders(person),
    body: { optedIn: true },
  });
  if (consent.status !== 200) throw new Error(`consent: ${consent.status}`);
  await main
    .insertInto('relationship')
    .values({
      person_id: person.id,
      id: randomUUID(),
      account_id: null,
      team_id: teamId(0),
      role: 'practitioner',
      known_as: 'Team 0',
      created_at: '2024-11-01T09:00:00.000Z',
      ended_at: null,
    })
    .execute();
  return timedCheckins(origin, person, { seconds });
}

async function main(): Promise<void> {
  const serviceRuns = whole('SERVICE_RUNS', 20);
  const countryRuns = whole('COUNTRY_RUNS', 3);
  const writeSeconds = whole('WRITE_SECONDS', 15);
  const peopleRuns = whole('PEOPLE_RUNS', 3);
  const machine = machineFacts();
  const db = await target();
  try {
    console.log(`\nOutcome reports, ${db.label}\n${machineLine(machine)}`);
    const people = await db.reports
      .selectFrom('account')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .executeTakeFirst();
    console.log(
      `People: ${Number(people?.n ?? 0).toLocaleString('en-GB')}; period ${YEAR.fromMonth} to ${YEAR.toMonth}`,
    );

    // One unmeasured report first: the first read of a table pays for the disk.
    await serviceYear(db.reports, 0);
    const service: number[] = [];
    let counted = 0;
    for (let run = 0; run < serviceRuns; run += 1) {
      const s = SERVICES[run % SERVICES.length] ?? 0;
      service.push(
        await timed(async () => {
          counted = (await serviceYear(db.reports, s)).peopleCounted;
        }),
      );
    }
    const serviceSummary = summariseLatencies(service);
    console.log(
      `A service's year, kept counts (${serviceRuns} runs, e.g. ${counted.toLocaleString('en-GB')} people counted): p50 ${ms(serviceSummary.p50)}, p99 ${ms(serviceSummary.p99)}, max ${ms(serviceSummary.max)}`,
    );
    // The same from its people, as any period that is not kept is read.
    const fromPeople: number[] = [];
    for (let run = 0; run < peopleRuns; run += 1)
      fromPeople.push(
        await timed(() => readOutcomeInput(db.reports, scopeOf(SERVICES[run] ?? 0), YEAR)),
      );
    const peopleSummary = summariseLatencies(fromPeople);
    console.log(
      `A service's year from its people (${peopleRuns} runs): p50 ${ms(peopleSummary.p50)}, max ${ms(peopleSummary.max)}`,
    );
    // A team's year: teams are read from their people (decision 0055).
    const team: number[] = [];
    let teamCounted = 0;
    for (let run = 0; run < serviceRuns; run += 1) {
      const s = SERVICES[run % SERVICES.length] ?? 0;
      const scope = { serviceId: serviceId(s), teamIds: [teamId(s)] };
      team.push(
        await timed(async () => {
          teamCounted = (await readReportInput(db.reports, scope, YEAR, false)).peopleCounted;
        }),
      );
    }
    const teamSummary = summariseLatencies(team);
    console.log(
      `A team's year from its people (${serviceRuns} runs, e.g. ${teamCounted.toLocaleString('en-GB')} people counted): p50 ${ms(teamSummary.p50)}, p99 ${ms(teamSummary.p99)}`,
    );

    const country: number[] = [];
    let countryPeople = 0;
    for (let run = 0; run < countryRuns; run += 1)
      country.push(await timed(async () => (countryPeople = await countryYear(db.reports))));
    const countrySummary = summariseLatencies(country);
    console.log(
      `The whole country's year (${countryRuns} runs, 50 services, ${countryPeople.toLocaleString('en-GB')} people counted): p50 ${ms(countrySummary.p50)}, max ${ms(countrySummary.max)}`,
    );

    const server = await startWaymark(db.env);
    const main =
      db.spec.dialect === 'postgres'
        ? openPostgres(db.spec.url)
        : openSqlite(db.spec.file, { log: () => {} });
    try {
      const alone = summariseLatencies(await checkinLatencies(server.url, writeSeconds, main));
      console.log(
        `A check-in, alone (${writeSeconds} s, one at a time): p50 ${ms(alone.p50)}, p99 ${ms(alone.p99)}, max ${ms(alone.max)}`,
      );
      // The reports run in a thread of their own, so a synchronous SQLite read there cannot hold
      // up the timing of the check-ins here.
      const reporter = new Worker(new URL(import.meta.url), { workerData: db.spec });
      await once(reporter, 'message'); // its connection is open and it has started
      const beside = await checkinLatencies(server.url, writeSeconds, main);
      reporter.postMessage('stop');
      const [reportsDone] = (await once(reporter, 'message')) as [number];
      await reporter.terminate();
      const besideSummary = summariseLatencies(beside);
      console.log(
        `A check-in while service reports run (${writeSeconds} s, ${reportsDone} service reports beside it, one after another): p50 ${ms(besideSummary.p50)}, p99 ${ms(besideSummary.p99)}, max ${ms(besideSummary.max)}`,
      );
    } finally {
      await main.destroy();
      await server.stop();
    }
  } finally {
    await db.close();
  }
}

/** The thread beside the check-ins: service reports one after another until told to stop. */
async function reportUntilStopped(spec: ReportsSpec): Promise<void> {
  const reports = openReports(spec);
  let stop = false;
  parentPort?.on('message', () => {
    stop = true;
  });
  parentPort?.postMessage('started');
  let done = 0;
  while (!stop) {
    await serviceYear(reports, done % SERVICES.length);
    done += 1;
    // Lets the stop message in between reports (a SQLite read never waits on I/O).
    await new Promise((resolve) => setImmediate(resolve));
  }
  await reports.destroy();
  parentPort?.postMessage(done);
}

if (isMainThread) await main();
else await reportUntilStopped(workerData as ReportsSpec);
