// Benchmark: a supporter's read of a shared section against the owner's read of the same
// section, both as ratios to a bare Fastify route measured in the same run. The real server
// (node src/server/main.ts) and the bare route each run in their own process; this process
// only seeds and runs the load generator, so load and servers do not share an event loop.
// Three interleaved rounds (bare, owner, supporter, then again), medians reported. Goal: the
// supporter's read at ≥ 0.8× the owner's. Prints figures; asserts nothing.
// Run: node bench/shared-read.ts   (options: DURATION=10 CONNECTIONS=50 ROUNDS=3
//      DATABASE_URL=postgres://… of an empty database or schema, to run on PostgreSQL)
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { EMPTY_CRISIS_PLAN } from '../src/domain/record/plans.schema.ts';
import { loadConfig } from '../src/server/config.ts';
import { createAccessLog } from '../src/server/features/sharing/access-log.ts';
import { createSharingService } from '../src/server/features/sharing/sharing.service.ts';
import { openStore } from '../src/server/store/db.ts';
import { freePort, startServerProcess, stopServer } from '../src/server/test/server-process.ts';

const duration = Number(process.env.DURATION ?? 10);
const connections = Number(process.env.CONNECTIONS ?? 50);
const rounds = Number(process.env.ROUNDS ?? 3);
const databaseUrl = process.env.DATABASE_URL;

type Result = { requests: { average: number }; non2xx: number; errors: number };

async function load(url: string, headers: Record<string, string> = {}): Promise<Result> {
  return (await autocannon({ url, connections, duration, headers })) as unknown as Result;
}

async function startBare(): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [path.join(import.meta.dirname, 'bare-server.ts'), String(port)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout?.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`bare server exited (${code})`)));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

async function signUp(url: string, email: string, displayName: string) {
  const response = await fetch(`${url}/api/auth/sign-up`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'a long bench password', displayName }),
  });
  if (response.status !== 201)
    throw new Error(`sign-up: ${response.status} ${await response.text()}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { account, csrfToken } = (await response.json()) as {
    account: { id: string };
    csrfToken: string;
  };
  return { id: account.id, cookie, csrfToken };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-bench-'));
  const env: Record<string, string> = databaseUrl
    ? { DATABASE_URL: databaseUrl }
    : { DATA_DIR: dir };
  const server = await startServerProcess({ ...env, LOG_LEVEL: 'warn' });
  const bare = await startBare();
  try {
    const owner = await signUp(server.url, 'sam@example.test', 'Sam');
    const supporter = await signUp(server.url, 'jo@example.test', 'Jo');
    const planUrl = `${server.url}/api/people/${owner.id}/crisis-plan`;
    const text = 'What the person wants others to know and do in a crisis. '.repeat(10);
    const saved = await fetch(planUrl, {
      method: 'PUT',
      headers: {
        'content-type': 'application/json',
        cookie: owner.cookie,
        'x-csrf-token': owner.csrfToken,
        'if-match': 'W/"0"',
      },
      body: JSON.stringify({
        ...EMPTY_CRISIS_PLAN,
        signs: text,
        whatHelps: text,
        whatDoesNotHelp: text,
      }),
    });
    if (saved.status !== 200)
      throw new Error(`saving the plan: ${saved.status} ${await saved.text()}`);
    // No sharing API yet in this branch: bring the supporter in through the service, on the
    // server's own database (the server reads the grant on the next request).
    // The journal key server-process.ts gives the server (PostgreSQL needs one set).
    const JOURNAL_KEYS = `test:${Buffer.alloc(32, 7).toString('base64')}`;
    const config = loadConfig({ ...env, JOURNAL_KEYS, DEMO_DATA: 'false', LOG_LEVEL: 'silent' });
    const store = await openStore(config.database);
    const clock = () => new Date();
    await createSharingService(
      store.db,
      clock,
      createAccessLog(store.db, clock),
    ).createRelationship({
      personId: owner.id,
      accountId: supporter.id,
      role: 'friend',
      knownAs: 'Jo',
      grants: [{ section: 'crisis_plan', level: 'view', endsAt: null }],
    });
    await store.close();
    for (const who of [owner, supporter]) {
      const check = await fetch(planUrl, { headers: { cookie: who.cookie } });
      if (check.status !== 200) throw new Error(`reading the plan: ${check.status}`);
    }

    const targets: Array<[string, () => Promise<Result>]> = [
      ['bare Fastify /hello', () => load(`${bare.url}/hello`)],
      ['owner GET crisis-plan', () => load(planUrl, { cookie: owner.cookie })],
      ['supporter GET crisis-plan', () => load(planUrl, { cookie: supporter.cookie })],
    ];
    const rates = new Map<string, number[]>(targets.map(([name]) => [name, []]));
    for (let round = 1; round <= rounds; round += 1) {
      for (const [name, run] of targets) {
        const result = await run();
        if (result.non2xx > 0 || result.errors > 0)
          throw new Error(`${name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
        rates.get(name)?.push(result.requests.average);
        console.log(
          `round ${round}  ${name.padEnd(26)} ${result.requests.average.toFixed(0).padStart(7)} req/s`,
        );
      }
    }
    const [bareRate, ownerRate, supporterRate] = targets.map(([name]) =>
      median(rates.get(name) ?? []),
    );
    console.log(
      `\n${databaseUrl ? 'PostgreSQL' : 'SQLite (WAL, synchronous=FULL)'}, ${connections} connections, ${duration} s per run, ${rounds} interleaved rounds, medians, ${os.cpus().length} cores`,
    );
    for (const [name, rate] of [
      ['bare Fastify /hello', bareRate],
      ['owner GET crisis-plan', ownerRate],
      ['supporter GET crisis-plan', supporterRate],
    ] as const) {
      console.log(
        `${name.padEnd(26)} ${(rate ?? 0).toFixed(0).padStart(7)} req/s  ×${((rate ?? 0) / (bareRate ?? 1)).toFixed(3)} of bare`,
      );
    }
    const ratio = (supporterRate ?? 0) / (ownerRate ?? 1);
    console.log(`supporter / owner          ×${ratio.toFixed(2)}  (goal ≥ 0.8)`);
  } finally {
    await stopServer(server);
    bare.child.kill('SIGTERM');
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
