// A quick look at one or more routes while changing the server: seeds a database through the API,
// then starts a fresh server on it (optionally under --cpu-prof) and measures, round by round,
// bare Fastify and each route: requests a second, server CPU per request. Fewer figures than the
// suite, for the loop of changing something and measuring it; the suite is what the goals are
// read from.
//   ROUTES=about-me,goals DATABASE=sqlite SECONDS=5 ROUNDS=3 PROFILE=/tmp/prof node bench/route-cpu.ts
// BASELINE=<another checkout> also runs that checkout's server on the same database, each route
// as `<route>@base` in the same rounds: a change's effect read on a busy machine, where figures
// from separate runs differ by more than the change. The baseline must share this one's schema.
// BASELINE_ENV='{"NAME":"value"}' starts the baseline with these environment variables on top
// (BASELINE=. for this checkout): a server setting compared in the same rounds.
// CHART_YEARS=5 seeds the chart answer's years of check-ins (none by default).
// COUNTED=1 makes every writer opted in and in a team, so each check-in moves the kept
// outcome counts (bench/counted-writer.ts).
import fs from 'node:fs';
import { makeCountedWriters } from './counted-writer.ts';
import { openBenchDatabase } from './databases.ts';
import type { DatabaseName, RouteName } from './options.ts';
import { figure } from './report.ts';
import { BARE, buildRoutes } from './routes.ts';
import { runLoad } from './run-load.ts';
import { seed } from './seed.ts';
import { startBare, startWaymark } from './servers.ts';
import { perRequestMicros } from './summary.ts';

const env = process.env;
const names = (env.ROUTES ?? 'about-me,goals').split(',') as RouteName[];
const seconds = Number(env.SECONDS ?? 5);
const rounds = Number(env.ROUNDS ?? 2);
const connections = Number(env.CONNECTIONS ?? 50);
const profileDir = env.PROFILE;
const database = await openBenchDatabase(
  (env.DATABASE ?? 'sqlite') as DatabaseName,
  env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
);
const baselineMain = env.BASELINE ? `${env.BASELINE}/src/server/main.ts` : undefined;
const baselineEnv: Record<string, string> = JSON.parse(env.BASELINE_ENV ?? '{}');
const bare = await startBare();
let waymark = await startWaymark(database.env);
let stopBaseline: () => Promise<void> | undefined = () => undefined;
try {
  const chartYears = Number(env.CHART_YEARS ?? 0);
  const seeded = await seed(waymark.url, { writers: connections, chartYears }, () => {});
  await waymark.stop();
  if (env.COUNTED === '1')
    await makeCountedWriters(
      database.env,
      seeded.writers.map((writer) => writer.id),
    );
  waymark = await startWaymark({
    ...database.env,
    ...(profileDir
      ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-interval=200 --cpu-prof-dir=${profileDir}` }
      : {}),
  });
  const baseline = baselineMain
    ? await startWaymark({ ...database.env, ...baselineEnv }, baselineMain)
    : undefined;
  stopBaseline = () => baseline?.stop();
  const chosen = (url: string, suffix = '') =>
    buildRoutes(seeded, url)
      .filter((r) => names.includes(r.name as RouteName))
      .map((r) => ({ ...r, name: r.name + suffix, server: url }));
  const routes = [
    { ...BARE, server: bare.url },
    ...chosen(waymark.url),
    ...(baseline ? chosen(baseline.url, '@base') : []),
  ];
  const byUrl = new Map([waymark, bare, ...(baseline ? [baseline] : [])].map((s) => [s.url, s]));
  const headers = { 'accept-encoding': env.ACCEPT_ENCODING ?? 'gzip, deflate, br' };
  const results = new Map<string, { rps: number[]; micros: number[] }>();
  for (let round = 0; round <= rounds; round += 1) {
    for (const route of routes) {
      const server = byUrl.get(route.server) ?? waymark;
      const ticks = () => {
        const text = fs.readFileSync(`/proc/${server.pid}/stat`, 'utf8');
        const f = text
          .slice(text.lastIndexOf(')') + 1)
          .trim()
          .split(/\s+/);
        return { user: Number(f[11]), system: Number(f[12]) };
      };
      const before = ticks();
      const measured = await runLoad(
        {
          generator: 'autocannon',
          url: server.url,
          connections,
          duration: round === 0 ? 2 : seconds,
          headers: route.target === 'bare' ? {} : headers,
          requests: await route.requests(),
        },
        { serverPid: server.pid },
      );
      const after = ticks();
      const system = after.system - before.system;
      const sysShare = system / Math.max(1, after.user - before.user + system);
      if (round === 0) continue; // warm-up
      const entry = results.get(route.name) ?? { rps: [], micros: [] };
      entry.rps.push(measured.requestsPerSecond);
      entry.micros.push(perRequestMicros(measured.serverCpuSeconds, measured.responses));
      results.set(route.name, entry);
      console.log(
        `round ${round} ${route.name.padEnd(14)} ${figure(measured.requestsPerSecond).padStart(7)} req/s  ` +
          `${figure(perRequestMicros(measured.serverCpuSeconds, measured.responses))} µs/req (sys ${(sysShare * 100).toFixed(0)}%)` +
          (measured.non2xx || measured.errors
            ? `  NON-2XX ${measured.non2xx} ERR ${measured.errors}`
            : ''),
      );
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const bareRps = results.get('bare')?.rps ?? [];
  for (const [name, { rps, micros }] of results)
    console.log(
      `${name.padEnd(14)} median ${figure(median(rps)).padStart(7)} req/s  ${figure(median(micros))} µs/req (least ${figure(Math.min(...micros))})  ` +
        `ratio ${median(rps.map((r, i) => r / (bareRps[i] ?? 1))).toFixed(3)}×`,
    );
} finally {
  await stopBaseline();
  await waymark.stop();
  await bare.stop();
  await database.drop();
}
