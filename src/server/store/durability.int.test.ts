// "Nothing is lost": every write the server acknowledged is there, exactly, after the server
// process is killed with SIGKILL in the middle of a stream of writes and started again.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createPostgresSchema, DIALECTS, type Dialect } from '../test/dialects.ts';
import { killHard, type ServerProcess, startServerProcess } from '../test/server-process.ts';

const CYCLES = 3;
const WRITERS = 4;
const MIN_ACKS_PER_CYCLE = 10;

type Session = { cookie: string; csrf: string; personId: string };

async function authenticate(url: string, path: string, body: object): Promise<Session> {
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  const json = (await response.json()) as { account: { id: string }; csrfToken: string };
  return {
    cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '',
    csrf: json.csrfToken,
    personId: json.account.id,
  };
}

const goal = (title: string) => ({
  title,
  why: '',
  lifeAreaId: null,
  steps: [],
  whoHelps: '',
  targetDate: null,
  status: 'in_progress',
});

/** Writes goals from several writers until stopped; returns the titles the server acknowledged. */
async function writeUntilKilled(
  server: ServerProcess,
  session: Session,
  cycle: number,
): Promise<Map<string, string>> {
  const acknowledged = new Map<string, string>();
  let stop = false;
  const writer = async (n: number) => {
    for (let i = 0; !stop; i += 1) {
      const title = `cycle ${cycle} writer ${n} goal ${i}`;
      try {
        const response = await fetch(`${server.url}/api/people/${session.personId}/goals`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            cookie: session.cookie,
            'x-csrf-token': session.csrf,
          },
          body: JSON.stringify(goal(title)),
        });
        if (response.status === 201)
          acknowledged.set(((await response.json()) as { id: string }).id, title);
      } catch {
        return; // the server is gone: this write is in doubt, not acknowledged
      }
    }
  };
  const writers = Array.from({ length: WRITERS }, (_, n) => writer(n));
  // Kill once some writes are through (so there is something to lose), mid-stream.
  const deadline = Date.now() + 10_000;
  while (acknowledged.size < MIN_ACKS_PER_CYCLE && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await new Promise((resolve) => setTimeout(resolve, 50 + cycle * 70));
  await killHard(server);
  stop = true;
  await Promise.all(writers);
  return acknowledged;
}

describe.each(DIALECTS)('Durability across a crash on %s', (dialect: Dialect) => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it(`keeps every acknowledged write through ${CYCLES} SIGKILLs`, async () => {
    const env: Record<string, string> = {};
    let dbFile = '';
    if (dialect === 'sqlite') {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-crash-'));
      cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
      env.DATA_DIR = dir;
      dbFile = path.join(dir, 'waymark.db');
    } else {
      const scratch = await createPostgresSchema();
      cleanups.push(() => scratch.drop());
      env.DATABASE_URL = scratch.url;
    }
    const credentials = { email: 'crash@example.test', password: 'a long crash-test password' };
    let server = await startServerProcess(env);
    let session = await authenticate(server.url, '/api/auth/sign-up', {
      ...credentials,
      displayName: 'Crash test',
    });
    const expected = new Map<string, string>();

    for (let cycle = 0; cycle < CYCLES; cycle += 1) {
      for (const [id, title] of await writeUntilKilled(server, session, cycle))
        expected.set(id, title);
      server = await startServerProcess(env);
      session = await authenticate(server.url, '/api/auth/sign-in', credentials);
      const list = await fetch(`${server.url}/api/people/${session.personId}/goals`, {
        headers: { cookie: session.cookie },
      });
      const stored = new Map(
        ((await list.json()) as { items: { id: string; data: { title: string } }[] }).items.map(
          (g) => [g.id, g.data.title],
        ),
      );
      for (const [id, title] of expected)
        expect(stored.get(id), `acknowledged goal ${title}`).toBe(title);
      for (const title of stored.values()) expect(title).toMatch(/^cycle \d writer \d goal \d+$/);
    }
    expect(expected.size).toBeGreaterThanOrEqual(CYCLES * MIN_ACKS_PER_CYCLE);
    await killHard(server);
    if (dbFile) {
      const db = new SQLite(dbFile, { readonly: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
    }
  }, 90_000);
});
