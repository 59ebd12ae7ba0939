// A lone check-in's time as the client sees it: one person checks in one at a time, each
// check-in sent when the last was answered, on a new database with nothing else running. For
// reading a change to the write path (issue 16's "a check-in under 5 ms at p99"); the national
// data set and the reports beside it are bench/outcomes.ts.
//   DATABASE=postgres COUNTED=1 SECONDS=15 node bench/checkin-latency.ts
// COUNTED=1 (the default) makes the writer opted in and in a team, so each check-in moves the
// kept outcome counts (bench/counted-writer.ts); COUNTED=0 leaves them out. Each check-in is
// dated a day further back, over two years, as bench/outcomes.ts does; NOW=1 dates each one
// now. MAIN=<another checkout>/src/server/main.ts runs that server instead, so runs of the old
// and the new server can be alternated: on a shared machine the spread between runs of the
// same code is often larger than a change.
import { makeCountedWriters } from './counted-writer.ts';
import { openBenchDatabase } from './databases.ts';
import { signUp } from './http-client.ts';
import { timedCheckins } from './lone-checkins.ts';
import type { DatabaseName } from './options.ts';
import { startWaymark } from './servers.ts';
import { summariseLatencies } from './stats.ts';

const env = process.env;
const WARM_UP = 200;
const seconds = Number(env.SECONDS ?? 15);
const database = await openBenchDatabase(
  (env.DATABASE ?? 'postgres') as DatabaseName,
  env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
);
try {
  let server = await startWaymark(database.env, env.MAIN);
  const person = await signUp(server.url, 'lone-writer@bench.example', 'Lone writer');
  await server.stop();
  if (env.COUNTED !== '0') await makeCountedWriters(database.env, [person.id]);
  server = await startWaymark(database.env, env.MAIN);
  try {
    const latencies = await timedCheckins(server.url, person, {
      seconds,
      warmUp: WARM_UP,
      datedNow: env.NOW === '1',
    });
    const s = summariseLatencies(latencies);
    const ms = (value: number) => `${value.toFixed(2)} ms`;
    console.log(
      `${database.description}, ${env.COUNTED === '0' ? 'not counted' : 'counted'}: ${latencies.length} check-ins in ${seconds} s after ${WARM_UP} to warm up; p50 ${ms(s.p50)}, p99 ${ms(s.p99)}, p99.9 ${ms(s.p999)}, max ${ms(s.max)}`,
    );
  } finally {
    await server.stop();
  }
} finally {
  await database.drop();
}
