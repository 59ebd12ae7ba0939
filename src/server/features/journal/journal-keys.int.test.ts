// Journal keys over time: entries written under one key still read after a new key is added,
// rotation (the pure re-encryption and the operator's CLI) leaves no row under the old key,
// and the old key can then be dropped. Also: where keys come from, and refusing bad ones.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { ConfigError, loadConfig } from '../../config.ts';
import { migrate, openSqlite, type Store } from '../../store/db.ts';
import { ifMatch } from '../../test/api.ts';
import { type Client, signIn, signUp } from '../../test/app-harness.ts';
import { aJournalEntry, checkinUrls } from '../../test/checkin-fixtures.ts';
import { scratchDatabase } from '../../test/cli-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { aSignUp } from '../../test/fixtures.ts';
import { createJournalRepo } from './journal.repo.ts';
import { keyringOf } from './journal-crypto.ts';
import { openJournalKeyring } from './journal-keys.ts';
import { rotateJournalKeys } from './journal-rotation.ts';

const run = promisify(execFile);
const CLI = path.resolve(import.meta.dirname, '../../cli.ts');
const key = () => randomBytes(32).toString('base64');
const k1 = `k1:${key()}`;
const k2 = `k2:${key()}`;
/** Each CLI run starts a Node process that loads the server code: slow on a busy machine. */
const SPAWN_TIMEOUT = 60_000;

async function appWith(store: Store, journalKeys: string) {
  const config = loadConfig({ DEMO_DATA: 'false', LOG_LEVEL: 'silent', JOURNAL_KEYS: journalKeys });
  const { app } = await buildApp({ config, store, logger: false, webRoot: '/nonexistent' });
  await app.ready();
  return app;
}

async function keyIdsInUse(store: Store): Promise<string[]> {
  const entries = await store.db.selectFrom('journal_entry').select('key_id').execute();
  const revisions = await store.db.selectFrom('journal_revision').select('key_id').execute();
  return [...new Set([...entries, ...revisions].map((row) => row.key_id))].sort();
}

describe.each(DIALECTS)('Journal key rotation on %s', (dialect) => {
  const cleanups: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  /** Writes two entries (one edited, so it has two versions) under k1 only. */
  async function writeUnderK1(store: Store) {
    const app = await appWith(store, k1);
    const account = aSignUp();
    const sam = await signUp(app, account);
    const url = checkinUrls(sam.personId);
    const first = (
      await sam.request({
        method: 'POST',
        url: url.journal,
        payload: aJournalEntry({ text: 'Written under k1.' }),
      })
    ).json();
    await sam.request({
      method: 'PUT',
      url: url.entry(first.id),
      headers: ifMatch(1),
      payload: aJournalEntry({ text: 'Edited under k1.' }),
    });
    await sam.request({
      method: 'POST',
      url: url.journal,
      payload: aJournalEntry({ date: '2026-11-20', text: 'Another.' }),
    });
    await app.close();
    return account;
  }

  async function readAll(store: Store, keys: string, account: ReturnType<typeof aSignUp>) {
    const app = await appWith(store, keys);
    const sam: Client = await signIn(app, account.email, account.password);
    const url = checkinUrls(sam.personId);
    const list = await sam.request({ method: 'GET', url: url.journal });
    const items = list.statusCode === 200 ? list.json().items : [];
    const history =
      items.length > 0
        ? (
            await sam.request({
              method: 'GET',
              url: `${url.entry(items.find((e: { version: number }) => e.version === 2)?.id)}/history`,
            })
          ).json()
        : undefined;
    await app.close();
    return {
      status: list.statusCode,
      body: list.json(),
      texts: items.map((e: { text: string }) => e.text),
      history,
    };
  }

  it('reads old entries after a key is added, re-encrypts them all, then needs only the new key', async () => {
    const database = await scratchDatabase(dialect);
    cleanups.push(database.drop);
    const store = await database.open();
    cleanups.push(() => store.close());
    const account = await writeUnderK1(store);
    expect(await keyIdsInUse(store)).toEqual(['k1']);

    const both = await readAll(store, `${k2},${k1}`, account);
    expect(both.texts).toEqual(['Edited under k1.', 'Another.']);

    const report = await rotateJournalKeys(
      createJournalRepo(store.db),
      keyringOf(loadConfig({ JOURNAL_KEYS: `${k2},${k1}` }).journal.keys ?? []),
    );
    expect(report).toEqual({
      currentKeyId: 'k2',
      reencrypted: { entries: 2, revisions: 3 },
      remaining: { entries: 0, revisions: 0 },
    });
    expect(await keyIdsInUse(store)).toEqual(['k2']);

    const onlyNew = await readAll(store, k2, account);
    expect(onlyNew.texts).toEqual(['Edited under k1.', 'Another.']);
    expect(onlyNew.history.revisions.map((r: { text: string }) => r.text)).toEqual([
      'Edited under k1.',
      'Written under k1.',
    ]);

    // Without the key the entries were written under, each is marked unreadable, never empty.
    const lost = await readAll(store, `k3:${key()}`, account);
    expect(lost.status).toBe(200);
    expect(
      lost.body.items.map((e: { unreadable?: boolean; text: string | null }) => [
        e.unreadable,
        e.text,
      ]),
    ).toEqual([
      [true, null],
      [true, null],
    ]);
  });

  it(
    'rotates from the command line, and says so when there is nothing left to do',
    async () => {
      const database = await scratchDatabase(dialect);
      cleanups.push(database.drop);
      const store = await database.open();
      cleanups.push(() => store.close());
      const account = await writeUnderK1(store);

      const env = {
        ...process.env,
        ...database.env,
        JOURNAL_KEYS: `${k2},${k1}`,
        LOG_LEVEL: 'silent',
      };
      // Each command migrates its database first: under the test schemas' shared lock, so no
      // other test file drops its schema while the migration reads the catalogue.
      const rotate = (options: { env: NodeJS.ProcessEnv }, db = database) =>
        db.migrating(() => run(process.execPath, [CLI, 'journal', 'rotate-keys'], options));
      const first = await rotate({ env });
      expect(first.stdout).toContain(
        'Journal re-encrypted under key "k2": 2 entries, 3 earlier versions.',
      );
      expect(first.stdout).toContain('No journal text is under an older key now.');
      expect(first.stdout + first.stderr).not.toContain(k1.slice(3));
      expect(await keyIdsInUse(store)).toEqual(['k2']);
      const again = await rotate({ env });
      expect(again.stdout).toContain('0 entries, 0 earlier versions.');
      expect((await readAll(store, k2, account)).texts).toEqual(['Edited under k1.', 'Another.']);

      // Dropping k1 before rotating would have stranded rows: the CLI names the missing key.
      const strandedDb = await scratchDatabase(dialect);
      cleanups.push(strandedDb.drop);
      const stranded = await strandedDb.open();
      cleanups.push(() => stranded.close());
      await writeUnderK1(stranded);
      const failed = await rotate(
        { env: { ...process.env, ...strandedDb.env, JOURNAL_KEYS: k2 } },
        strandedDb,
      ).catch((error: { code: number; stderr: string }) => error);
      expect('code' in failed && failed.code).toBe(1);
      expect(failed.stderr).toContain('is under key "k1", which is not in JOURNAL_KEYS');
    },
    SPAWN_TIMEOUT,
  );
});

describe('The operator command', () => {
  it(
    'refuses an unknown command with its usage',
    async () => {
      const failed = await run(process.execPath, [CLI, 'journal', 'rotate'], {
        env: process.env,
      }).catch((error: { code: number; stderr: string }) => error);
      expect('code' in failed && failed.code).toBe(2);
      expect(failed.stderr).toContain('Usage: node src/server/cli.ts journal rotate-keys');
    },
    SPAWN_TIMEOUT,
  );
});

describe('Where journal keys come from', () => {
  const problem = (env: Record<string, string>) => {
    try {
      loadConfig(env);
    } catch (error) {
      if (error instanceof ConfigError) return error.message;
      throw error;
    }
    throw new Error('expected a configuration problem');
  };

  it('reads several keys, the first being the one that encrypts', () => {
    const keys = loadConfig({ JOURNAL_KEYS: `${k2}, ${k1}` }).journal.keys ?? [];
    expect(keys.map((k) => [k.id, k.key.length])).toEqual([
      ['k2', 32],
      ['k1', 32],
    ]);
  });

  it.each([
    ['no id', `:${key()}`],
    ['no key', 'k1:'],
    ['a short key', `k1:${randomBytes(16).toString('base64')}`],
    ['not base64', 'k1:not*base64!'],
    ['the same id twice', `${k1},k1:${key()}`],
    ['a trailing comma', `${k1},`],
  ])('refuses JOURNAL_KEYS with %s, without repeating the secret', (_, value) => {
    const message = problem({ JOURNAL_KEYS: value });
    expect(message).toContain('JOURNAL_KEYS');
    const secret = value.split(',')[0]?.split(':')[1] ?? '';
    if (secret.length > 8) expect(message).not.toContain(secret);
  });

  it('requires JOURNAL_KEYS with PostgreSQL and in production', () => {
    expect(problem({ DATABASE_URL: 'postgres://db/waymark' })).toContain(
      'JOURNAL_KEYS must be set',
    );
    expect(problem({ NODE_ENV: 'production' })).toContain('JOURNAL_KEYS must be set');
    expect(
      loadConfig({ DATABASE_URL: 'postgres://db/waymark', JOURNAL_KEYS: k1 }).journal.keys,
    ).toHaveLength(1);
  });

  it('on one’s own machine makes a key file once, with a warning, and then reuses it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-devkey-'));
    const db = openSqlite(path.join(dir, 'waymark.db'));
    try {
      await migrate(db);
      const config = loadConfig({ DATA_DIR: dir });
      expect(config.journal).toEqual({ keys: null, keyFile: path.join(dir, 'journal.key') });
      const warnings: string[] = [];
      const made = await openJournalKeyring(config.journal, db, (m) => warnings.push(m));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain('Back it up');
      expect(fs.statSync(config.journal.keyFile).mode & 0o777).toBe(0o600);
      const again = await openJournalKeyring(config.journal, db, (m) => warnings.push(m));
      expect(warnings).toHaveLength(1);
      expect(again.current.key.equals(made.current.key)).toBe(true);
      fs.writeFileSync(config.journal.keyFile, 'k1:short');
      await expect(openJournalKeyring(config.journal, db, () => {})).rejects.toThrow(ConfigError);
    } finally {
      await db.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
