// Benchmark: the chart page ("How I'm doing") for a person with five years of daily check-ins
// (about 1,800, three scales each), weekly life-area ratings and a monthly PHQ-9, on embedded
// SQLite. Prints how long the server takes (in-process, so the figure is server time without a
// network) to answer GET /checkins/series for five years and for the last year, with the answer
// compressed as a browser would get it and its size before and after, and the page's three
// requests made at once, as the page makes them. Target: under 200 ms. Asserts nothing.
// Run: node bench/checkins-series.ts   (options: YEARS=5 RUNS=30)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { builtInMeasure } from '../src/domain/measures/built-in.ts';
import { responseFor } from '../src/domain/measures/test-support.ts';
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
    // Seeding writes five years of check-ins in a few seconds.
    WRITES_PER_MINUTE: '1000000',
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

  const post = async (url: string, payload: unknown) => {
    const response = await app.inject({ method: 'POST', url, headers, payload: payload as object });
    if (response.statusCode !== 201) throw new Error(`seeding ${url} failed: ${response.body}`);
  };

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

  // The rest of the chart page: life-area ratings every week, a PHQ-9 every month.
  const areas = await app.inject({ method: 'GET', url: `${base}/life-areas`, headers });
  const areaIds = (areas.json() as { items: { id: string }[] }).items.map((area) => area.id);
  const phq9 = builtInMeasure('phq-9');
  for (let day = 0; day < days; day += 7) {
    const date = new Date(start + day * DAY_MS).toISOString().slice(0, 10);
    const ratings = areaIds.map((lifeAreaId, i) => ({
      lifeAreaId,
      score: 1 + ((day / 7 + i) % 7),
      wantHelp: i === 0,
    }));
    await post(`${base}/life-area-ratings`, { date, ratings });
    if (day % 28 === 0) {
      const authored = new Date(start + day * DAY_MS + 9 * 3_600_000).toISOString();
      const given = Object.fromEntries(
        Array.from({ length: 9 }, (_, i) => [`phq9-${i + 1}`, { score: (day / 28 + i) % 4 }]),
      );
      await post(`${base}/measure-responses`, {
        measureId: 'phq-9',
        response: { ...responseFor(phq9, given), authored },
      });
    }
  }
  const seeded = (performance.now() - seeding) / 1000;

  /** The three requests the chart page makes at once, as it makes them. */
  const timePage = async () => {
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const began = performance.now();
      const answers = await Promise.all(
        ['/checkins/series', '/life-area-ratings', '/observations'].map((url) =>
          app.inject({
            method: 'GET',
            url: `${base}${url}`,
            headers: { cookie, 'accept-encoding': 'br, gzip' },
          }),
        ),
      );
      times.push(performance.now() - began);
      const failed = answers.find((answer) => answer.statusCode !== 200);
      if (failed) throw new Error(`chart page: ${failed.body}`);
    }
    return times;
  };

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
    `\n${days} daily check-ins, weekly life-area ratings and a monthly PHQ-9 over ${years} years ` +
      `seeded through the API in ${seeded.toFixed(1)} s`,
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
  const page = await timePage();
  console.log(`${'Chart page (its 3 requests at once)'.padEnd(36)} ${summary(page)}`);
  console.log('\nTarget: under 200 ms server time for the chart page.');

  await app.close();
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

await main();
