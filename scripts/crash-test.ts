// Crash test: writes goals, check-ins and journal entries through the HTTP API of a real server
// process while killing it with SIGKILL at random moments, restarting it on the same data each
// time. Every write the server acknowledged (2xx with its version) is recorded; at the end the
// history of every item is read back and each acknowledged version must be there, unchanged.
//
//   node_modules/.bin/node scripts/crash-test.ts --db sqlite|postgres [--kills 10] [--writes 400]
//
// Loopback only; a fresh SQLite folder or PostgreSQL schema (on WAYMARK_TEST_DATABASE_URL or
// postgres://postgres@127.0.0.1:5432/test), removed afterwards. Exits 1 if any acknowledged
// write is lost or changed, 2 if the run could not be done in --time-limit seconds.
import { randomInt } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import SQLite from 'better-sqlite3';
import { call, type LiveSession, signIn, signUp } from '../src/server/test/live-client.ts';
import {
  killHard,
  type ServerProcess,
  startServerProcess,
  stopServer,
} from '../src/server/test/server-process.ts';

const { values: options } = parseArgs({
  options: {
    db: { type: 'string' },
    kills: { type: 'string', default: '10' },
    writes: { type: 'string', default: '400' },
    writers: { type: 'string', default: '4' },
    'time-limit': { type: 'string', default: '600' },
  },
});
const count = (name: 'kills' | 'writes' | 'writers' | 'time-limit', max: number) => {
  const n = Number(options[name]);
  if (!Number.isInteger(n) || n < 1 || n > max) usage(`--${name} must be a whole number 1–${max}`);
  return n;
};
function usage(problem: string): never {
  console.error(`${problem}\nUsage: node scripts/crash-test.ts --db sqlite|postgres [--kills N]`);
  process.exit(2);
}
if (options.db !== 'sqlite' && options.db !== 'postgres') usage('--db must be sqlite or postgres');
const KILLS = count('kills', 100);
const WRITES = count('writes', 5000);
const WRITERS = count('writers', 16);
const deadline = Date.now() + count('time-limit', 3600) * 1000;

type Kind = 'goal' | 'checkin' | 'journal';
const today = new Date().toISOString().slice(0, 10);
/** How each kind is written, and where its words are in an answer or a revision. */
const KINDS: Record<
  Kind,
  { path: string; body(text: string): object; text(json: unknown): string }
> = {
  goal: {
    path: 'goals',
    body: (title) => ({
      title,
      why: '',
      lifeAreaId: null,
      steps: [],
      whoHelps: '',
      targetDate: null,
      status: 'in_progress',
    }),
    text: (json) => (json as { data: { title: string } }).data.title,
  },
  checkin: {
    path: 'checkins',
    body: (note) => ({
      takenAt: new Date().toISOString(),
      scores: { mood: 4 },
      note,
      forMeOnly: false,
    }),
    text: (json) => (json as { note: string }).note,
  },
  journal: {
    path: 'journal',
    body: (text) => ({ date: today, text }),
    text: (json) => (json as { text: string }).text,
  },
};

type Ack = { version: number; text: string };
type Tracked = {
  kind: Kind;
  id: string;
  owner: number;
  version: number;
  text: string;
  /** Every acknowledged write of this item. */
  acks: Ack[];
  /** Updates sent after the last known version whose answer never came: applied or not. */
  inDoubt: string[];
};

const tracked: Tracked[] = [];
const doubtfulCreates: { kind: Kind; text: string }[] = [];
const unexpected: string[] = [];
let acknowledged = 0;
/** Writes sent that never got an answer (the server was killed), and those that were applied. */
let unanswered = 0;
let appliedAfterAll = 0;
let session: LiveSession;
let sequence = 0;

const pick = <T>(list: readonly T[]): T => list[randomInt(list.length)] as T;
function words(kind: Kind): string {
  sequence += 1;
  return `${kind} ${sequence} — café, naïve, 日本 ✓`;
}

async function create(owner: number, kind: Kind): Promise<void> {
  const text = words(kind);
  const body = KINDS[kind].body(text);
  const doubt = { kind, text };
  doubtfulCreates.push(doubt);
  const answer = await call(session, 'POST', KINDS[kind].path, body); // throws when killed
  doubtfulCreates.splice(doubtfulCreates.indexOf(doubt), 1);
  if (answer.status !== 201) {
    unexpected.push(`create ${kind}: ${answer.status}`);
    return;
  }
  const saved = answer.json as { id: string; version: number };
  if (answer.version !== saved.version) unexpected.push(`create ${kind}: ETag ${answer.version}`);
  const acks = [{ version: saved.version, text }];
  tracked.push({ kind, id: saved.id, owner, version: saved.version, text, inDoubt: [], acks });
  acknowledged += 1;
}

async function update(item: Tracked): Promise<void> {
  const text = words(item.kind);
  const body = KINDS[item.kind].body(text);
  item.inDoubt.push(text);
  const url = `${KINDS[item.kind].path}/${item.id}`;
  const answer = await call(session, 'PUT', url, body, item.version); // throws when killed
  item.inDoubt.pop();
  if (answer.status === 200) {
    // Earlier updates in doubt were not applied: this one was accepted on the version before them.
    const version = (answer.json as { version: number }).version;
    item.inDoubt = [];
    Object.assign(item, { version, text });
    item.acks.push({ version, text });
    acknowledged += 1;
  } else if (answer.status === 412) {
    // An update in doubt from before a kill was applied after all: it must be one we sent.
    const current = (answer.json as { current: { version: number } }).current;
    const currentText = KINDS[item.kind].text(current);
    if (current.version !== item.version + 1 || !item.inDoubt.includes(currentText))
      unexpected.push(`${item.kind} ${item.id}: version ${current.version} holds words never sent`);
    appliedAfterAll += 1;
    Object.assign(item, { version: current.version, text: currentText, inDoubt: [] });
  } else {
    unexpected.push(`update ${item.kind}: ${answer.status}`);
  }
}

/** One writer: creates and updates its own items until the server is gone. */
async function writer(owner: number, isStopped: () => boolean): Promise<void> {
  while (!isStopped()) {
    const mine = tracked.filter((item) => item.owner === owner);
    try {
      if (mine.length < 3 || randomInt(5) < 3)
        await create(owner, pick(['goal', 'checkin', 'journal'] as const));
      else await update(pick(mine));
    } catch {
      unanswered += 1;
      return; // no answer: the server was killed, so that write is in doubt, not acknowledged
    }
  }
}

async function database(): Promise<{
  env: Record<string, string>;
  file?: string;
  drop(): Promise<void>;
}> {
  if (options.db === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-crash-test-'));
    const drop = async () => fs.rmSync(dir, { recursive: true, force: true });
    return { env: { DATA_DIR: dir }, file: path.join(dir, 'waymark.db'), drop };
  }
  const { createPostgresSchema, DIALECTS } = await import('../src/server/test/dialects.ts');
  if (!DIALECTS.includes('postgres')) usage('PostgreSQL is not reachable');
  const scratch = await createPostgresSchema();
  return { env: { DATABASE_URL: scratch.url }, drop: scratch.drop };
}

const credentials = { email: 'crash-test@example.test', password: 'a long crash-test password' };
const perCycle = Math.ceil(WRITES / KILLS);

async function cycle(server: ServerProcess): Promise<void> {
  const before = acknowledged;
  // Kill after a random number of acknowledged writes, then a random few milliseconds more,
  // so the kill lands anywhere: between requests, mid-request, mid-commit.
  const killAfter = randomInt(1, 2 * perCycle);
  let stopped = false;
  const writers = Array.from({ length: WRITERS }, (_, n) => writer(n, () => stopped));
  const cycleEnd = Math.min(deadline, Date.now() + 60_000);
  while (acknowledged - before < killAfter && Date.now() < cycleEnd)
    await new Promise((resolve) => setTimeout(resolve, 2));
  await new Promise((resolve) => setTimeout(resolve, randomInt(15)));
  await killHard(server);
  stopped = true;
  await Promise.all(writers);
}

type Revision = { version: number };
async function verify(): Promise<{ found: number; lost: string[]; changed: string[] }> {
  const lost: string[] = [];
  const changed: string[] = [];
  let found = 0;
  for (const item of tracked) {
    const url = `${KINDS[item.kind].path}/${item.id}`;
    const history = await call(session, 'GET', `${url}/history`);
    const revisions = new Map(
      ((history.json as { revisions?: Revision[] }).revisions ?? []).map((r) => [
        r.version,
        KINDS[item.kind].text(r),
      ]),
    );
    for (const ack of item.acks) {
      const stored = revisions.get(ack.version);
      if (stored === undefined) lost.push(`${item.kind} ${item.id} version ${ack.version}`);
      else if (stored !== ack.text) changed.push(`${item.kind} ${item.id} version ${ack.version}`);
      else found += 1;
    }
    const current = await call(session, 'GET', url);
    const text = current.status === 200 ? KINDS[item.kind].text(current.json) : null;
    const expected =
      (current.version === item.version && text === item.text) ||
      (current.version === item.version + 1 && item.inDoubt.includes(text ?? ''));
    if (current.version === item.version + 1) appliedAfterAll += 1;
    if (!expected) changed.push(`${item.kind} ${item.id} now: version ${current.version}`);
  }
  // Items nobody acknowledged may exist only as creates whose answer never came.
  const range = `from=2000-01-01&to=${today}T23:59:59Z`;
  const lists = {
    goal: 'goals',
    checkin: `checkins?${range}`,
    journal: 'journal?limit=500',
  } as const;
  const known = new Set(tracked.map((item) => item.id));
  for (const kind of Object.keys(lists) as Kind[]) {
    const { items } = (await call(session, 'GET', lists[kind])).json as { items: { id: string }[] };
    for (const stored of items.filter((i) => !known.has(i.id))) {
      if (doubtfulCreates.some((d) => d.kind === kind && d.text === KINDS[kind].text(stored)))
        appliedAfterAll += 1;
      else changed.push(`${kind} ${stored.id}: stored but never sent`);
    }
  }
  return { found, lost, changed };
}

async function main(): Promise<number> {
  const db = await database();
  let server: ServerProcess | undefined;
  const timer = setTimeout(async () => {
    console.error(`The crash test did not finish within ${options['time-limit']} seconds.`);
    server?.child.kill('SIGKILL');
    await db.drop();
    process.exit(2);
  }, deadline - Date.now());
  try {
    server = await startServerProcess(db.env);
    session = await signUp(server.url, credentials, 'Crash test');
    for (let kill = 1; kill <= KILLS; kill += 1) {
      await cycle(server);
      server = await startServerProcess(db.env);
      session = await signIn(server.url, credentials);
      process.stdout.write(`kill ${kill}/${KILLS}: ${acknowledged} acknowledged so far\n`);
    }
    const result = await verify();
    await stopServer(server);
    const byKind = (kind: Kind) =>
      tracked.filter((i) => i.kind === kind).reduce((sum, i) => sum + i.acks.length, 0);
    console.log(
      `\nCrash test on ${options.db}: ${KILLS} SIGKILLs, ${WRITERS} writers, ${tracked.length} items ` +
        `(goals ${byKind('goal')}, check-ins ${byKind('checkin')}, journal ${byKind('journal')} acknowledged writes)`,
    );
    console.log(
      `Unanswered when killed (in doubt): ${unanswered}, of which applied: ${appliedAfterAll}`,
    );
    if (db.file) {
      const sqlite = new SQLite(db.file, { readonly: true });
      console.log(`SQLite integrity check: ${sqlite.pragma('integrity_check', { simple: true })}`);
      sqlite.close();
    }
    for (const problem of [
      ...result.lost.map((p) => `lost: ${p}`),
      ...result.changed.map((p) => `changed: ${p}`),
      ...unexpected,
    ])
      console.log(`  ${problem}`);
    console.log(
      `acknowledged ${acknowledged}, found ${result.found}, lost ${acknowledged - result.found}`,
    );
    const bad = acknowledged !== result.found || result.changed.length > 0 || unexpected.length > 0;
    return bad ? 1 : 0;
  } finally {
    clearTimeout(timer);
    await db.drop();
  }
}

process.exitCode = await main();
