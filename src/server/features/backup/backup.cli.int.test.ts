// The restore drill as an operator runs it: a real server process writing, `waymark backup`,
// a change, `waymark restore` (refused while the server runs), and the server started again.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_JOURNAL_KEYS } from '../../test/app-harness.ts';
import { aCheckin, aJournalEntry } from '../../test/checkin-fixtures.ts';
import { run, runCli, scratchDatabase } from '../../test/cli-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { call, type LiveSession, signIn, signUp } from '../../test/live-client.ts';
import { type ServerProcess, startServerProcess, stopServer } from '../../test/server-process.ts';

type Item = { id: string; version: number; data: Record<string, unknown> };

const goal = (title: string) => ({
  title,
  why: 'to feel steadier',
  lifeAreaId: null,
  steps: [],
  whoHelps: '',
  targetDate: null,
  status: 'in_progress',
});

describe.each(DIALECTS)('waymark backup and restore on %s', (dialect) => {
  let database: Awaited<ReturnType<typeof scratchDatabase>>;
  beforeAll(async () => {
    database = await scratchDatabase(dialect);
  });
  afterAll(() => database.drop());

  const cli = (args: string[], env: Record<string, string> = {}) =>
    runCli(args, { ...database.env, JOURNAL_KEYS: TEST_JOURNAL_KEYS, ...env });
  const restore = (file: string, env: Record<string, string> = {}) =>
    database.locked('drop', () => cli(['restore', file], env));
  // startServerProcess takes the schemas lock itself while the server migrates.
  const start = () => startServerProcess({ ...database.env, JOURNAL_KEYS: TEST_JOURNAL_KEYS });
  const modeOf = (file: string) => fs.statSync(file).mode & 0o777;
  const items = async (session: LiveSession, what: string) =>
    ((await call(session, 'GET', what)).json as { items: Item[] }).items;
  const credentials = { email: 'drill@example.test', password: 'a long restore-drill password' };

  it('brings back the backup: the change after it is gone, everything before it intact', async () => {
    let server: ServerProcess = await start();
    let session = await signUp(server.url, credentials, 'Drill');
    const kept = (await call(session, 'POST', 'goals', goal('Walk to the allotment'))).json as Item;
    const entry = (await call(session, 'POST', 'journal', aJournalEntry())).json as Item;
    const checkin = (await call(session, 'POST', 'checkins', aCheckin())).json as Item;

    // A writer keeps adding goals while the backup runs, as a live service would.
    const acked: string[] = [];
    let writing = true;
    const writer = (async () => {
      for (let n = 0; writing; n += 1) {
        const answer = await call(session, 'POST', 'goals', goal(`during backup ${n}`));
        expect(answer.status).toBe(201);
        acked.push((answer.json as Item).id);
      }
    })();
    while (acked.length < 3) await new Promise((resolve) => setTimeout(resolve, 10));
    const ackedBeforeBackup = [...acked];
    const file = path.join(database.files, `waymark-${dialect}.backup`);
    const backup = await cli(['backup', file]);
    writing = false;
    await writer;
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toContain(`to ${file}`);
    expect(backup.stdout).toContain('The journal key is not in the backup');
    expect(modeOf(file)).toBe(0o600);
    if (dialect === 'postgres') {
      // Exactly the schema in use: no other schema of the database is in the backup.
      const schema = new URL(database.env.DATABASE_URL ?? '').searchParams
        .get('options')
        ?.replace('-c search_path=', '');
      const listing = (await run('pg_restore', ['--list', file])).stdout;
      const tableSchemas = [...listing.matchAll(/ TABLE (?:DATA )?(\S+) /g)].map((m) => m[1]);
      expect(tableSchemas.length).toBeGreaterThan(10);
      expect(new Set(tableSchemas)).toEqual(new Set([schema]));
    }
    expect(acked.length, 'the server kept writing during the backup').toBeGreaterThan(
      ackedBeforeBackup.length,
    );

    // The change the restore must undo.
    const later = (await call(session, 'POST', 'goals', goal('Added after the backup')))
      .json as Item;
    const renamed = await call(
      session,
      'PUT',
      `goals/${kept.id}`,
      goal('Renamed later'),
      kept.version,
    );
    expect(renamed.status).toBe(200);
    const rewritten = await call(
      session,
      'PUT',
      `journal/${entry.id}`,
      aJournalEntry({ text: 'Written over after the backup' }),
      entry.version,
    );
    expect(rewritten.status).toBe(200);

    const refused = await restore(file);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Stop every Waymark server using it');
    expect(refused.stderr).toContain('Nothing was changed');
    const stillThere = (await items(session, 'goals')).map((g) => g.id);
    expect(stillThere).toContain(later.id);

    await stopServer(server);
    const restored = await restore(file);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toContain(`Restored ${file}`);
    expect(restored.stderr).toBe('');
    if (database.file) {
      expect(modeOf(database.file)).toBe(0o600);
      expect(fs.existsSync(`${database.file}-wal`)).toBe(false);
      const previous = restored.stdout.match(/kept in (\S+):/)?.[1] ?? '';
      expect(modeOf(previous)).toBe(0o600);
    }

    server = await start();
    session = await signIn(server.url, credentials);
    const goals = new Map((await items(session, 'goals')).map((g) => [g.id, g]));
    expect(goals.has(later.id), 'the goal added after the backup').toBe(false);
    expect(goals.get(kept.id)?.data.title).toBe('Walk to the allotment');
    expect(goals.get(kept.id)?.version).toBe(kept.version);
    for (const id of ackedBeforeBackup) expect(goals.has(id)).toBe(true);
    for (const id of goals.keys())
      expect([kept.id, ...acked], 'only goals written before the backup ended').toContain(id);
    const journal = await call(session, 'GET', `journal/${entry.id}`);
    expect(journal.status).toBe(200);
    expect((journal.json as { text: string }).text).toBe(aJournalEntry().text);
    expect(journal.version).toBe(entry.version);
    expect((await items(session, 'checkins')).map((c) => c.id)).toEqual([checkin.id]);
    // Still a working database: it takes new writes.
    expect((await call(session, 'POST', 'goals', goal('After the restore'))).status).toBe(201);
    await stopServer(server);
  }, 120_000);

  it('refuses a missing file, a file that is not a backup, and an existing target, changing nothing', async () => {
    const notBackup = path.join(database.files, 'notes.txt');
    fs.writeFileSync(notBackup, 'not a database at all\n'.repeat(50));
    const missing = await restore(path.join(database.files, 'nowhere.backup'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('There is no file');
    const wrong = await restore(notBackup);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/is not a (SQLite database|backup made by pg_dump)/);
    const existing = await cli(['backup', notBackup]);
    expect(existing.code).toBe(1);
    expect(existing.stderr).toContain('already exists');
    expect(fs.readFileSync(notBackup, 'utf8')).toBe('not a database at all\n'.repeat(50));
    for (const args of [['backup'], ['restore', 'a', 'b'], ['backup', '--help']]) {
      const usage = await cli(args);
      expect(usage.code).toBe(2);
      expect(usage.stderr).toContain('Usage: node src/server/cli.ts backup FILE');
    }
    // The database still opens with everything in it.
    const server = await start();
    const session = await signIn(server.url, credentials);
    expect((await items(session, 'goals')).map((g) => g.data.title)).toContain('After the restore');
    await stopServer(server);
  }, 120_000);

  it('warns when the journal in a backup was written under a key the configuration lacks', async () => {
    const file = path.join(database.files, `keys-${dialect}.backup`);
    expect((await cli(['backup', file])).code).toBe(0);
    const otherKeys = `other:${Buffer.alloc(32, 9).toString('base64')}`;
    const restored = await restore(file, { JOURNAL_KEYS: otherKeys });
    expect(restored.code).toBe(0);
    expect(restored.stderr).toContain('were written under "test"');
  }, 120_000);
});
