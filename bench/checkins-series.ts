// Benchmark: the check-in chart request for a person with five years of daily check-ins
// (about 1,800, three scales each) on embedded SQLite. Prints how long the server takes to
// answer GET /checkins/series (in-process, so the figure is server time without a network),
// for the whole five years and for the last year, with the answer compressed as a browser would
// get it, and its size before and after. Target: under 200 ms. Asserts nothing.
// Run: node bench/checkins-series.ts   (options: YEARS=5 RUNS=30)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { buildApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import { openStore } from '../src/server/store/db.ts';

const years = Number(process.env.YEARS ?? 5);
const runs = Number(process.env.RUNS ?? 30);
const DAY_MS = 86_400_000;

function summary(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return `median ${at(0.5).toFixed(1)} ms  p95 ${at(0.95).toFixed(1)} ms  max ${at(1).toFixed(1)} ms`;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-bench-'));
  const config = loadConfig({
    DATA_DIR: dir,
    DEMO_DATA: 'false',
    LOG_LEVEL: 'silent',
    JOURNAL_KEYS: `bench:${Buffer.alloc(32, 1).toString('base64')}`,
  });
  const store = await openStore(config.database);
  const { app } = await buildApp({ config, store, logger: false, webRoot: '/nonexistent' });
  await app.ready();

  const signUp = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-up',
    payload: {
      email: 'bench@example.test',
      password: 'a long bench password',
      displayName: 'Bench',
    },
  });
  const cookie = String(signUp.headers['set-cookie']).split(';')[0] ?? '';
  const { account, csrfToken } = signUp.json() as { account: { id: string }; csrfToken: string };
  const base = `/api/people/${account.id}`;
  const headers = { cookie, 'x-csrf-token': csrfToken };

  const days = Math.round(years * 365.25);
  const start = Date.now() - days * DAY_MS;
  const seeding = performance.now();
  for (let day = 0; day < days; day += 1) {
    const wave = Math.sin(day / 20);
    const response = await app.inject({
      method: 'POST',
      url: `${base}/checkins`,
      headers,
      payload: {
        takenAt: new Date(start + day * DAY_MS + 8 * 3_600_000).toISOString(),
        scores: {
          mood: 4 + Math.round(wave * 2),
          hope: 4 + Math.round(Math.cos(day / 30) * 2),
          sleep: 1 + (day % 7),
        },
        note: day % 10 === 0 ? 'A note about why I scored this.' : '',
        forMeOnly: day % 13 === 0,
      },
    });
    if (response.statusCode !== 201) throw new Error(`seeding failed: ${response.body}`);
  }
  const seeded = (performance.now() - seeding) / 1000;

  const timeRequest = async (url: string) => {
    const times: number[] = [];
    let bytes = 0;
    let wire = 0;
    let points = 0;
    for (let i = 0; i < runs; i += 1) {
      const began = performance.now();
      // As a browser asks: the time includes compressing the answer.
      const response = await app.inject({
        method: 'GET',
        url,
        headers: { cookie, 'accept-encoding': 'br, gzip' },
      });
      times.push(performance.now() - began);
      if (response.statusCode !== 200) throw new Error(`${url}: ${response.body}`);
      wire = response.rawPayload.length;
      const body =
        response.headers['content-encoding'] === 'br'
          ? zlib.brotliDecompressSync(response.rawPayload).toString('utf8')
          : response.body;
      bytes = Buffer.byteLength(body);
      points = (JSON.parse(body) as { scales: { points: unknown[] }[] }).scales.reduce(
        (n, s) => n + s.points.length,
        0,
      );
    }
    return { times, bytes, wire, points };
  };

  const oneYearAgo = new Date(Date.now() - 365 * DAY_MS).toISOString().slice(0, 10);
  const all = await timeRequest(`${base}/checkins/series`);
  const lastYear = await timeRequest(`${base}/checkins/series?from=${oneYearAgo}`);

  console.log(
    `\n${days} daily check-ins over ${years} years seeded through the API in ${seeded.toFixed(1)} s`,
  );
  console.log(
    `SQLite (WAL, synchronous=FULL), Node ${process.version}, ${os.cpus().length} cores, ${runs} runs each\n`,
  );
  for (const [name, r] of [
    [`GET /checkins/series (${years} years)`, all],
    ['GET /checkins/series (last year)', lastYear],
  ] as const) {
    console.log(
      `${name.padEnd(36)} ${summary(r.times)}  ${r.points} points  ` +
        `${(r.bytes / 1024).toFixed(0)} KiB JSON, ${(r.wire / 1024).toFixed(0)} KiB sent (brotli)`,
    );
  }
  console.log('\nTarget: under 200 ms for the chart request.');

  await app.close();
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

await main();
