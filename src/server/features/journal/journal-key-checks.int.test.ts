// Journal keys are checked against the data before the server (or an operator command) uses
// them: a key with a known id and other bytes is refused by id, a key file is never made again
// while journal entries exist, and a made key never reuses an id.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { ConfigError, loadConfig } from '../../config.ts';
import type { Store } from '../../store/db.ts';
import { signUp } from '../../test/app-harness.ts';
import { aJournalEntry, checkinUrls, journalSnapshot } from '../../test/checkin-fixtures.ts';
import { type ScratchDatabase, scratchDatabase } from '../../test/cli-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { aSignUp } from '../../test/fixtures.ts';
import { freePort } from '../../test/server-process.ts';
import { openJournalKeyring } from './journal-keys.ts';

const run = promisify(execFile);
const MAIN = path.resolve(import.meta.dirname, '../../main.ts');
const CLI = path.resolve(import.meta.dirname, '../../cli.ts');
/** Each process loads the server code: slow on a busy machine. */
const SPAWN_TIMEOUT = 120_000;

const material = () => randomBytes(32).toString('base64');
const K1_BYTES = material();
const WRONG_BYTES = material();
const K1 = `k1:${K1_BYTES}`;
/** The same id with other bytes: a regenerated, mistyped or mixed-up key. */
const WRONG_K1 = `k1:${WRONG_BYTES}`;
const K2 = `k2:${material()}`;

const journalConfig = (keys: string) => loadConfig({ JOURNAL_KEYS: keys }).journal;

/** Writes one journal entry through the API with these keys, as a running server would. */
async function writeEntry(store: Store, env: Record<string, string>) {
  const config = loadConfig({ DEMO_DATA: 'false', LOG_LEVEL: 'silent', ...env });
  const { app } = await buildApp({ config, store, logger: false, webRoot: '/nonexistent' });
  await app.ready();
  try {
    const sam = await signUp(app, aSignUp());
    const created = await sam.request({
      method: 'POST',
      url: checkinUrls(sam.personId).journal,
      payload: aJournalEntry({ text: 'Written before the restart.' }),
    });
    expect(created.statusCode).toBe(201);
    return sam.personId;
  } finally {
    await app.close();
  }
}

/**
 * Starts `node src/server/main.ts` and reports whether it came up (it is then stopped) or
 * exited, with everything it printed.
 */
async function startServer(env: Record<string, string>) {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      JOURNAL_KEYS: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const closed = new Promise<number | null>((resolve) => child.once('close', resolve));
  let exited = false;
  void closed.then(() => (exited = true));
  while (!exited) {
    const answered = await fetch(`http://127.0.0.1:${port}/api/auth/session`).then(
      () => true,
      () => false,
    );
    if (answered) {
      child.kill('SIGTERM');
      await closed;
      return { started: true, output };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { started: false, exitCode: await closed, output };
}

async function rotateKeys(env: Record<string, string>) {
  return run(process.execPath, [CLI, 'journal', 'rotate-keys'], {
    env: { ...process.env, LOG_LEVEL: 'silent', JOURNAL_KEYS: '', ...env },
  }).then(
    (done) => ({ code: 0, out: done.stdout + done.stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      out: error.stdout + error.stderr,
    }),
  );
}

describe.each(DIALECTS)('Journal keys checked against the data on %s', (dialect) => {
  const cleanups: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  /**
   * A server or command migrates on start; on PostgreSQL that reads every schema's catalogue,
   * which fails if another test drops its schema meanwhile, so hold the shared lock for it.
   */
  async function freshDatabase(): Promise<{ database: ScratchDatabase; store: Store }> {
    const database = await scratchDatabase(dialect);
    cleanups.push(database.drop);
    const store = await database.open();
    cleanups.push(() => store.close());
    return { database, store };
  }

  it('stores a check value per key id, never the key, and refuses the same id with other bytes', async () => {
    const { store } = await freshDatabase();
    await openJournalKeyring(journalConfig(`${K2},${K1}`), store.db, () => {});
    const checks = await store.db.selectFrom('journal_key_check').selectAll().execute();
    expect(checks.map((c) => c.key_id).sort()).toEqual(['k1', 'k2']);
    expect(JSON.stringify(checks)).not.toContain(K1_BYTES);

    const refused = await openJournalKeyring(journalConfig(`${K2},${WRONG_K1}`), store.db, () => {})
      .then(() => undefined)
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ConfigError);
    const message = (refused as ConfigError).message;
    expect(message).toContain('Journal key "k1" in JOURNAL_KEYS is not the key');
    expect(message).not.toContain('"k2"');
    expect(message).not.toContain(WRONG_BYTES);
    expect(message).not.toContain(K1_BYTES);
  });

  it('checks an id used before check values existed against the entries stored under it', async () => {
    const { store } = await freshDatabase();
    await writeEntry(store, { JOURNAL_KEYS: K1 });
    await expect(openJournalKeyring(journalConfig(WRONG_K1), store.db, () => {})).rejects.toThrow(
      'Journal key "k1" in JOURNAL_KEYS is not the key',
    );
    expect(await store.db.selectFrom('journal_key_check').selectAll().execute()).toEqual([]);
    await openJournalKeyring(journalConfig(K1), store.db, () => {});
    const checks = await store.db.selectFrom('journal_key_check').select('key_id').execute();
    expect(checks).toEqual([{ key_id: 'k1' }]);
  });

  it('warns, by id, about entries under a key that is not configured', async () => {
    const { store } = await freshDatabase();
    await writeEntry(store, { JOURNAL_KEYS: K1 });
    const warnings: string[] = [];
    await openJournalKeyring(journalConfig(K2), store.db, (m) => warnings.push(m));
    expect(warnings).toEqual([
      '2 stored journal texts are under key "k1", which is not in JOURNAL_KEYS. Those entries show as unreadable and cannot be changed until the key is added back (after the current key).',
    ]);
  });

  it(
    'the server and the operator command refuse to start with a wrong key under a known id',
    async () => {
      const { database, store } = await freshDatabase();
      const personId = await writeEntry(store, { JOURNAL_KEYS: K1 });
      const right = await database.migrating(() =>
        startServer({ ...database.env, JOURNAL_KEYS: K1 }),
      );
      expect(right.output).not.toContain('Journal key');
      expect(right.started).toBe(true);
      const before = await journalSnapshot(store, personId);

      const wrong = await database.migrating(() =>
        startServer({ ...database.env, JOURNAL_KEYS: `${K2},${WRONG_K1}` }),
      );
      expect(wrong.started).toBe(false);
      expect(wrong.exitCode).toBe(1);
      expect(wrong.output).toContain('Journal key "k1" in JOURNAL_KEYS is not the key');
      expect(wrong.output).not.toContain(WRONG_BYTES);

      const rotation = await database.migrating(() =>
        rotateKeys({ ...database.env, JOURNAL_KEYS: `${K2},${WRONG_K1}` }),
      );
      expect(rotation.code).toBe(1);
      expect(rotation.out).toContain('Journal key "k1" in JOURNAL_KEYS is not the key');
      expect(await journalSnapshot(store, personId)).toEqual(before);
    },
    SPAWN_TIMEOUT,
  );
});

describe('The development key file (SQLite on one’s own machine)', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('makes each new key with an id never used before', async () => {
    const database = await scratchDatabase('sqlite');
    cleanups.push(database.drop);
    const store = await database.open();
    cleanups.push(() => store.close());
    const config = loadConfig(database.env).journal;
    const first = await openJournalKeyring(config, store.db, () => {});
    fs.rmSync(config.keyFile);
    const second = await openJournalKeyring(config, store.db, () => {});
    expect(first.current.id).not.toBe('k1');
    expect(second.current.id).not.toBe(first.current.id);
  });

  it(
    'refuses to start, and makes no key, when the key file is gone but journal entries exist',
    async () => {
      const database = await scratchDatabase('sqlite');
      cleanups.push(database.drop);
      const store = await database.open();
      cleanups.push(() => store.close());
      const first = await startServer(database.env);
      expect(first.started).toBe(true);
      const keyFile = path.join(database.dataDir ?? '', 'journal.key');
      expect(fs.existsSync(keyFile)).toBe(true);
      await writeEntry(store, database.env);

      fs.rmSync(keyFile);
      const again = await startServer(database.env);
      expect(again.started).toBe(false);
      expect(again.output).toContain(`The journal key file ${keyFile} is missing`);
      expect(again.output).toContain(`Restore ${keyFile} from your backup`);
      expect(again.output).toContain('set JOURNAL_KEYS');
      expect(fs.existsSync(keyFile)).toBe(false);
    },
    SPAWN_TIMEOUT,
  );
});
