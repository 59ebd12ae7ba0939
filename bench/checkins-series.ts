// Benchmark: the chart page ("How I'm doing") for a person with five years of daily check-ins
// (about 1,800, three scales each), weekly life-area ratings and a monthly PHQ-9, on embedded
// SQLite. In-process, so the figures are the server's own work without a network.
//
// For each period the chart offers (`GET /checkins/series?period=3m|1y|all`) it prints the size
// of the answer as JSON and as sent, the median and p95 time, and the server CPU per answer
// (process.cpuUsage over sequential requests: database, encoding and compression, all threads),
// once as a browser asks (compressed) and once uncompressed. Then the page's three requests
// made at once, as the page makes them. Goal C1: under 10 ms CPU for the five-year answer.
// Asserts nothing.
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

function quantiles(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95) };
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KiB`;

/** How many check-ins an answer holds, in the shape the endpoint answers with. */
function checkinsIn(body: unknown): number {
  const answer = body as { checkins?: { ids: unknown[] }; scales: { points?: unknown[] }[] };
  if (answer.checkins) return answer.checkins.ids.length;
  // The shape before decision 0022: one point per scale and check-in.
  return Math.max(0, ...answer.scales.map((scale) => scale.points?.length ?? 0));
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
    await post(`${base}/checkins`, {
      takenAt: new Date(start + day * DAY_MS + 8 * 3_600_000).toISOString(),
      scores: {
        mood: 4 + Math.round(wave * 2),
        hope: 4 + Math.round(Math.cos(day / 30) * 2),
        sleep: 1 + (day % 7),
      },
      note: day % 10 === 0 ? 'A note about why I scored this.' : '',
      forMeOnly: day % 13 === 0,
    });
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

  const get = (url: string, encoding: string) =>
    app.inject({ method: 'GET', url, headers: { cookie, 'accept-encoding': encoding } });

  /** Sequential requests: wall time of each, and the process's CPU per request over all. */
  const measure = async (url: string, encoding: string) => {
    for (let i = 0; i < 3; i += 1) await get(url, encoding); // warm up
    const times: number[] = [];
    let last = await get(url, encoding);
    const cpuBefore = process.cpuUsage();
    for (let i = 0; i < runs; i += 1) {
      const began = performance.now();
      last = await get(url, encoding);
      times.push(performance.now() - began);
      if (last.statusCode !== 200) throw new Error(`${url}: ${last.body}`);
    }
    const cpu = process.cpuUsage(cpuBefore);
    return { ...quantiles(times), cpu: (cpu.user + cpu.system) / 1000 / runs, response: last };
  };

  const rows: string[][] = [];
  const measureUrl = async (name: string, url: string) => {
    const sent = await measure(url, 'br, gzip');
    const plain = await measure(url, 'identity');
    const wire = sent.response.rawPayload.length;
    const body =
      sent.response.headers['content-encoding'] === 'br'
        ? zlib.brotliDecompressSync(sent.response.rawPayload).toString('utf8')
        : sent.response.headers['content-encoding'] === 'gzip'
          ? zlib.gunzipSync(sent.response.rawPayload).toString('utf8')
          : sent.response.body;
    rows.push([
      name,
      String(checkinsIn(JSON.parse(body))),
      kib(Buffer.byteLength(body)),
      `${kib(wire)} ${sent.response.headers['content-encoding'] ?? ''}`.trim(),
      `${ms(sent.median)} / ${ms(sent.p95)}`,
      ms(sent.cpu),
      ms(plain.cpu),
    ]);
  };

  const series = `${base}/checkins/series`;
  const periods = (process.env.PERIODS ?? '3m,1y,all').split(',');
  for (const period of periods) {
    await measureUrl(`series?period=${period}`, `${series}?period=${period}`);
  }
  await measureUrl('series (no period: the default)', series);

  /** The three requests the chart page makes at once, as it makes them. */
  const timePage = async (period: string) => {
    const times: number[] = [];
    const cpuBefore = process.cpuUsage();
    for (let i = 0; i < runs; i += 1) {
      const began = performance.now();
      const answers = await Promise.all(
        [
          `/checkins/series?period=${period}`,
          `/life-area-ratings?period=${period}`,
          '/observations',
        ].map((url) => get(`${base}${url}`, 'br, gzip')),
      );
      times.push(performance.now() - began);
      const failed = answers.find((answer) => answer.statusCode !== 200);
      if (failed) throw new Error(`chart page: ${failed.body}`);
    }
    const cpu = process.cpuUsage(cpuBefore);
    return { ...quantiles(times), cpu: (cpu.user + cpu.system) / 1000 / runs };
  };

  console.log(
    `\n${days} daily check-ins, weekly life-area ratings and a monthly PHQ-9 over ${years} years ` +
      `seeded through the API in ${seeded.toFixed(1)} s`,
  );
  console.log(
    `SQLite (WAL, synchronous=FULL), Node ${process.version}, ${os.cpus().length} cores, ${runs} runs each\n`,
  );
  const header = [
    'GET /checkins/…',
    'check-ins',
    'JSON',
    'sent',
    'time median / p95',
    'CPU (compressed)',
    'CPU (uncompressed)',
  ];
  const table = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...table.map((row) => row[c]?.length ?? 0)));
  for (const row of table)
    console.log(row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  '));

  if (!process.env.PERIODS) {
    console.log('');
    for (const period of periods) {
      const page = await timePage(period);
      console.log(
        `Chart page, period ${period.padEnd(3)} (its 3 requests at once): ` +
          `median ${ms(page.median)}, p95 ${ms(page.p95)}, CPU ${ms(page.cpu)} per page`,
      );
    }
  }
  console.log('\nGoal C1: under 10 ms of server CPU for the five-year answer (period=all).');

  await app.close();
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

await main();
