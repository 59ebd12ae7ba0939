// Benchmark: authenticated record reads on embedded SQLite, against a bare Fastify
// "hello" on the same machine as the denominator (absolute figures do not travel between
// machines; ratios measured in one run do). Prints figures; asserts nothing.
// Run: npm run bench   (options: DURATION=10 CONNECTIONS=50)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { buildApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import { openStore } from '../src/server/store/db.ts';

const duration = Number(process.env.DURATION ?? 10);
const connections = Number(process.env.CONNECTIONS ?? 50);

type Result = {
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
};

async function load(url: string, headers: Record<string, string> = {}): Promise<Result> {
  return (await autocannon({ url, connections, duration, headers })) as unknown as Result;
}

async function main(): Promise<void> {
  const bare = Fastify();
  bare.get('/hello', async () => ({ hello: 'world' }));
  const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' });

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-bench-'));
  const config = loadConfig({ DATA_DIR: dir, DEMO_DATA: 'false', LOG_LEVEL: 'silent' });
  const store = await openStore(config.database);
  const { app } = await buildApp({ config, store, logger: false });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });

  const signUp = await fetch(`${url}/api/auth/sign-up`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: 'bench@example.test',
      password: 'a long bench password',
      displayName: 'Bench',
    }),
  });
  const cookie = (signUp.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { account, csrfToken } = (await signUp.json()) as {
    account: { id: string };
    csrfToken: string;
  };
  const base = `${url}/api/people/${account.id}`;
  const write = { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken };
  const text = 'Words the person wrote about what matters to them. '.repeat(20);
  await fetch(`${base}/about-me`, {
    method: 'PUT',
    headers: { ...write, 'if-match': 'W/"0"' },
    body: JSON.stringify({
      strengths: text,
      values: text,
      whatMatters: text,
      identity: '',
      culture: '',
      whenWell: text,
    }),
  });
  for (let i = 0; i < 20; i += 1) {
    await fetch(`${base}/goals`, {
      method: 'POST',
      headers: write,
      body: JSON.stringify({
        title: `Goal ${i}`,
        why: text,
        lifeAreaId: null,
        steps: [1, 2, 3].map((n) => ({ id: `s${n}`, text: `Step ${n}`, done: n === 1 })),
        whoHelps: 'My sister',
        targetDate: '2027-06-01',
        status: 'in_progress',
      }),
    });
  }

  const rows: Array<[string, Result]> = [];
  rows.push(['bare Fastify /hello', await load(`${bareUrl}/hello`)]);
  rows.push(['GET about-me (session + 1 read)', await load(`${base}/about-me`, { cookie })]);
  rows.push(['GET goals (session + 20 goals)', await load(`${base}/goals`, { cookie })]);

  const denominator = rows[0]?.[1].requests.average ?? 1;
  console.log(
    `\n${connections} connections, ${duration} s each, SQLite (WAL, synchronous=FULL), ${os.cpus().length} cores`,
  );
  for (const [name, r] of rows) {
    const ratio = (r.requests.average / denominator).toFixed(2);
    console.log(
      `${name.padEnd(36)} ${r.requests.average.toFixed(0).padStart(7)} req/s  ×${ratio}  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  non-2xx ${r.non2xx}  errors ${r.errors}`,
    );
  }
  await app.close();
  await store.close();
  await bare.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

await main();
