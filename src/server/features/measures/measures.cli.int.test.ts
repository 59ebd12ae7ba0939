// The import command as an operator runs it: a real process, configured like the server
// (DATA_DIR for SQLite, DATABASE_URL for PostgreSQL), on a database that outlives it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInMeasure } from '../../../domain/measures/built-in.ts';
import { TEST_JOURNAL_KEYS } from '../../test/app-harness.ts';
import {
  type CliResult,
  COMMAND_TEST_LIMIT,
  ROOT,
  run,
  runCli,
  scratchDatabase,
} from '../../test/cli-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { fakeWording } from '../../test/measure-fixtures.ts';

describe.each(DIALECTS)('waymark measures import on %s', COMMAND_TEST_LIMIT, (dialect) => {
  let database: Awaited<ReturnType<typeof scratchDatabase>>;
  beforeAll(async () => {
    database = await scratchDatabase(dialect);
  });
  afterAll(() => database.drop());

  const fileWith = (name: string, content: unknown) => {
    const file = path.join(database.files, name);
    fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
    return file;
  };
  // The command migrates in its own process, so it runs under the migration lock.
  const cli = (...args: string[]) =>
    database.locked('migrate', () =>
      runCli(['measures', 'import', ...args], { ...database.env, JOURNAL_KEYS: TEST_JOURNAL_KEYS }),
    );
  const measures = async () => {
    const store = await database.open();
    try {
      return await store.db.selectFrom('measure').selectAll().orderBy('id').execute();
    } finally {
      await store.close();
    }
  };

  it('refuses a file with a problem, naming the item and what is wrong, and stores nothing', async () => {
    const broken = fileWith('broken.json', {
      resourceType: 'Questionnaire',
      url: 'https://service.example/Questionnaire/broken',
      version: '1',
      status: 'active',
      item: [
        { linkId: 'q1', type: 'string', text: 'Fine' },
        { linkId: 'q3', type: 'attachment', text: 'Upload a photo' },
      ],
    });
    const result = await cli(broken);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Nothing was imported');
    expect(result.stderr).toContain('item[q3].type: item "q3": type "attachment" is not supported');
    const wording = { ...fakeWording(builtInMeasure('swemwbs')), items: { 'swemwbs-99': 'x' } };
    const wrongWording = await cli(fileWith('wording.json', wording));
    expect(wrongWording.code).toBe(1);
    expect(wrongWording.stderr).toMatch(/items\.swemwbs-99: wording file: .*swemwbs-99/);
    expect(wrongWording.stderr).toMatch(/items\.swemwbs-1: wording file: .*swemwbs-1/);
    // Not even the built-in measures were added: a refused import writes no row at all.
    expect(await measures()).toEqual([]);
  });

  it('loads the wording of a skeleton, which then can be answered', async () => {
    const result = await cli(
      fileWith('wemwbs-wording.json', fakeWording(builtInMeasure('wemwbs'))),
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(
      'Loaded the wording of "Warwick-Edinburgh Mental Well-being Scale',
    );
    expect(result.stdout).toContain('People can answer it now.');
    const rows = await measures();
    expect(rows.map((row) => row.id)).toContain('phq-9');
    const wemwbs = rows.find((row) => row.id === 'wemwbs');
    expect(JSON.parse(wemwbs?.questionnaire ?? '{}').item[1].item[0].text).toBe(
      'Statement wemwbs-1',
    );
    expect(wemwbs?.skeleton).not.toBeNull();
  });

  it('imports a Questionnaire once: the same file again changes nothing', async () => {
    const file = fileWith('sleep.json', {
      resourceType: 'Questionnaire',
      id: 'sleep-check',
      url: 'https://service.example/Questionnaire/sleep-check',
      version: '1',
      title: 'Sleep check',
      status: 'active',
      item: [{ linkId: 'hours', type: 'integer', text: 'How many hours did you sleep?' }],
    });
    const first = await cli(file);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('Imported "Sleep check" (id sleep-check, version 1).');
    const before = await measures();
    const again = await cli(file);
    expect(again.stdout).toContain('nothing changed');
    expect(await measures()).toEqual(before);
  });
});

// Problems with the file itself are found before the database is opened, on either dialect.
describe('waymark measures import, before the database', COMMAND_TEST_LIMIT, () => {
  let files: string;
  beforeAll(() => {
    files = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-measure-files-'));
  });
  afterAll(() => fs.rmSync(files, { recursive: true, force: true }));

  const cli = (...args: string[]) =>
    runCli(['measures', 'import', ...args], { DATA_DIR: path.join(files, 'data') });

  it('says so when the file is missing or not JSON', async () => {
    const missing = await cli(path.join(files, 'nothing.json'));
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringMatching(/no such file/) });
    const notJson = path.join(files, 'not.json');
    fs.writeFileSync(notJson, '{"resourceType": ');
    expect(await cli(notJson)).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/is not valid JSON/),
    });
  });

  it('prints its usage without a file, also through npm run waymark', async () => {
    const usage = await cli();
    expect(usage).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Usage: node src/server/cli.ts measures import FILE'),
    });
    const viaNpm = await run('npm', ['run', '--silent', 'waymark', '--', 'measures', 'import'], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: path.join(files, 'data') },
    }).catch((error: CliResult) => error);
    expect(viaNpm.stderr).toContain('Usage: node src/server/cli.ts measures import FILE');
  });
});
