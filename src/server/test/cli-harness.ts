// The waymark command as an operator runs it: a real process, configured like the server
// (DATA_DIR for SQLite, DATABASE_URL for PostgreSQL), on a scratch database that outlives it.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { migrate, openPostgres, openSqlite, type Store } from '../store/db.ts';
import { createPostgresSchema, type Dialect, duringSchemaChanges } from './dialects.ts';

export const run = promisify(execFile);
export const ROOT = path.resolve(import.meta.dirname, '../../..');
const CLI = path.join(ROOT, 'src/server/cli.ts');

/**
 * The time limit of a test that runs commands. Each one is a process that starts Node, loads the
 * app and migrates: about a second alone, several seconds on a 2-core machine busy with the
 * other test files, so a test of three commands outgrew the default 20 s there (a CI run).
 */
export const COMMAND_TEST_LIMIT = { timeout: 60_000 };

/** How a command ended: its exit code and what it wrote. */
export type CliResult = { code: number; stdout: string; stderr: string };

/** Runs `node src/server/cli.ts ...args` with `env` over this process's; failing is a result too. */
export function runCli(args: string[], env: Record<string, string>): Promise<CliResult> {
  return run(process.execPath, [CLI, ...args], { env: { ...process.env, ...env } }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: CliResult) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

/**
 * A database the commands (and maybe a server) share, and `files`, a folder for the test's
 * own files; `drop` removes both. `locked` wraps what migrates (shared lock) or drops and
 * recreates tables (exclusive), so no other test file's migration reads the catalogue while
 * our schema changes under it; `migrating` is the shared lock, for a server or command started
 * on it (each migrates first). `open` gives a migrated store to look at the data directly.
 */
export async function scratchDatabase(dialect: Dialect) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-cli-'));
  const files = path.join(root, 'files');
  fs.mkdirSync(files);
  const removeRoot = async () => fs.rmSync(root, { recursive: true, force: true });
  if (dialect === 'sqlite') {
    const dataDir = path.join(root, 'data');
    fs.mkdirSync(dataDir);
    const file = path.join(dataDir, 'waymark.db');
    return {
      env: { DATA_DIR: dataDir } as Record<string, string>,
      file,
      files,
      /** The data folder, where a development journal key file would live. */
      dataDir: dataDir as string | undefined,
      locked: <T>(_kind: 'migrate' | 'drop', work: () => Promise<T>) => work(),
      migrating: <T>(work: () => Promise<T>) => work(),
      open: async (): Promise<Store> => {
        const db = openSqlite(file);
        await migrate(db);
        return { db, dialect, close: () => db.destroy() };
      },
      drop: removeRoot,
    };
  }
  const scratch = await createPostgresSchema();
  return {
    env: { DATABASE_URL: scratch.url } as Record<string, string>,
    file: null,
    files,
    dataDir: undefined,
    locked: duringSchemaChanges,
    migrating: <T>(work: () => Promise<T>) => duringSchemaChanges('migrate', work),
    open: async (): Promise<Store> => {
      const db = openPostgres(scratch.url);
      await duringSchemaChanges('migrate', () => migrate(db));
      return { db, dialect, close: () => db.destroy() };
    },
    drop: async () => {
      await scratch.drop();
      await removeRoot();
    },
  };
}

export type ScratchDatabase = Awaited<ReturnType<typeof scratchDatabase>>;
