// The caseload (issue 14, decision 0044) with 200 people: a practitioner in one team, 200 people
// connected to it, each sharing check-ins, measures and reviews, with two check-ins, two sets of
// life-area ratings and two PHQ-9 answers each. Seeded in this process through the API (the
// same fixtures as the server tests, on the bench database), then the real server runs in a
// process of its own, the bare Fastify route in another, and the load generator in a worker
// process; figures are taken round by round beside the bare route, so read the ratio.
//   PEOPLE=200 DATABASE=sqlite SECONDS=5 ROUNDS=2 CONNECTIONS=4 node bench/caseload.ts
// PROFILE=<folder> runs the server under --cpu-prof and leaves the profile there.
// Every answer reads each person through the access model and appends one access-log entry
// per person shown, so each request is PEOPLE entries of real work.
import { CASELOAD_PATH, seedCaseload } from './caseload-seed.ts';
import { openBenchDatabase } from './databases.ts';
import type { DatabaseName } from './options.ts';
import { figure } from './report.ts';
import { runLoad } from './run-load.ts';
import { startBare, startWaymark } from './servers.ts';

const env = process.env;
const people = Number(env.PEOPLE ?? 200);
const seconds = Number(env.SECONDS ?? 5);
const rounds = Number(env.ROUNDS ?? 2);
const connections = Number(env.CONNECTIONS ?? 4);
/** A folder: the server runs under --cpu-prof and leaves its profile there (not for figures). */
const profileDir = env.PROFILE;
const database = await openBenchDatabase(
  (env.DATABASE ?? 'sqlite') as DatabaseName,
  env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
);

const began = Date.now();
const cookie = await seedCaseload(database.env, people);
console.log(`seeded ${people} people in ${((Date.now() - began) / 1000).toFixed(0)} s`);
const bare = await startBare();
const waymark = await startWaymark({
  ...database.env,
  ...(profileDir ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profileDir}` } : {}),
});
try {
  const routes: {
    name: string;
    server: typeof bare;
    path: string;
    headers: Record<string, string>;
  }[] = [
    { name: 'bare', server: bare, path: '/hello', headers: {} },
    {
      name: 'caseload',
      server: waymark,
      path: CASELOAD_PATH,
      headers: { cookie, 'accept-encoding': 'gzip, deflate, br' },
    },
  ];
  type Figures = { rps: number[]; p50: number[]; p99: number[]; cpu: number[]; db: number[] };
  const results = new Map<string, Figures>();
  for (let round = 0; round <= rounds; round += 1) {
    for (const route of routes) {
      const measured = await runLoad(
        {
          generator: 'autocannon',
          url: route.server.url,
          connections,
          duration: round === 0 ? 2 : seconds,
          headers: route.headers,
          requests: [{ method: 'GET', path: route.path }],
        },
        {
          serverPid: route.server.pid,
          ...(route.name !== 'bare' && database.backendPids
            ? { databasePids: database.backendPids }
            : {}),
        },
      );
      if (measured.non2xx || measured.errors)
        throw new Error(`${route.name}: non-2xx ${measured.non2xx}, errors ${measured.errors}`);
      if (round === 0) continue; // warm-up
      const entry = results.get(route.name) ?? { rps: [], p50: [], p99: [], cpu: [], db: [] };
      // CPU milliseconds per answer: the server's, and PostgreSQL's own processes' (NaN on SQLite).
      const perAnswer = (cpuSeconds: number) => (cpuSeconds * 1000) / (measured.responses || 1);
      entry.rps.push(measured.requestsPerSecond);
      entry.p50.push(measured.latency.p50);
      entry.p99.push(measured.latency.p99);
      entry.cpu.push(perAnswer(measured.serverCpuSeconds));
      entry.db.push(perAnswer(measured.databaseCpuSeconds));
      results.set(route.name, entry);
      console.log(
        `round ${round} ${route.name.padEnd(9)} ${figure(measured.requestsPerSecond, 1).padStart(9)} req/s  p50 ${figure(measured.latency.p50)} ms  p99 ${figure(measured.latency.p99)} ms  ` +
          `server CPU ${figure(perAnswer(measured.serverCpuSeconds), 1)} ms/answer` +
          (Number.isFinite(measured.databaseCpuSeconds)
            ? `  database CPU ${figure(perAnswer(measured.databaseCpuSeconds), 1)} ms/answer`
            : ''),
      );
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const bareRps = results.get('bare')?.rps ?? [];
  console.log(
    `${people} people, ${connections} connections, ${database.description}, load average ${(await import('node:os')).loadavg()[0]?.toFixed(1)}`,
  );
  for (const [name, { rps, p50, p99, cpu, db }] of results)
    console.log(
      `${name.padEnd(9)} median ${figure(median(rps), 1).padStart(9)} req/s  p50 ${figure(median(p50))} ms  p99 ${figure(median(p99))} ms  ` +
        `server CPU ${figure(median(cpu), 1)} ms/answer` +
        (db.some(Number.isFinite) ? `  database CPU ${figure(median(db), 1)} ms/answer` : '') +
        `  ratio to bare ${median(rps.map((r, i) => r / (bareRps[i] ?? 1))).toFixed(5)}×`,
    );
} finally {
  await waymark.stop();
  await bare.stop();
  await database.drop();
}
