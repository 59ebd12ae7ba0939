// Backup and restore of the embedded SQLite database.
// Backup uses SQLite's online backup API, so it is safe while the server runs and writes.
// Restore replaces the database file, so it refuses while anything else has the database open.
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import {
  BackupError,
  commitTemp,
  PRIVATE_FILE_MODE,
  privateTempBeside,
  unreadable,
  writeNewPrivateFile,
} from './private-file.ts';

/**
 * Pages per backup step: all of them. One step copies the whole database inside one read
 * transaction, which in WAL mode never blocks the server's writes, and a write by the server
 * cannot make a half-done copy start again (which, with small steps, a busy server could do
 * for ever).
 */
const ALL_PAGES = 0x7fffffff;

/** Files SQLite keeps beside a database; stale ones must never meet a different database. */
const SIDE_FILES = ['-wal', '-shm', '-journal'];

async function copyWithBackupApi(from: SQLite.Database, to: string): Promise<void> {
  await from.backup(to, { progress: () => ALL_PAGES });
}

/** Opens a copy we just made, makes it one self-contained file, and checks it is a Waymark database. */
function checkCopy(file: string, describe: string): void {
  let copy: SQLite.Database;
  try {
    copy = new SQLite(file, { fileMustExist: true });
  } catch {
    throw new BackupError(`${describe} cannot be opened as a SQLite database.`);
  }
  try {
    // Rollback-journal mode puts everything in the one file; the server turns WAL on again.
    copy.pragma('journal_mode = DELETE');
    const result = copy.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new BackupError(`${describe} is damaged: ${String(result)}.`);
    const tables = copy
      .prepare("select name from sqlite_master where type = 'table' and name in (?, ?)")
      .pluck()
      .all('account', 'kysely_migration');
    if (tables.length !== 2) throw new BackupError(`${describe} is not a Waymark database.`);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    const code = (error as { code?: string }).code;
    throw new BackupError(
      code === 'SQLITE_NOTADB'
        ? `${describe} is not a SQLite database.`
        : `${describe} cannot be read: ${(error as Error).message}.`,
    );
  } finally {
    copy.close();
  }
}

export async function backupSqlite(databaseFile: string, target: string): Promise<void> {
  if (!fs.existsSync(databaseFile))
    throw new BackupError(`There is no database at ${databaseFile}. Check DATA_DIR.`);
  await writeNewPrivateFile(target, async (temp) => {
    // Read-write like the server (a read-only connection cannot always join a WAL database);
    // it only reads.
    const source = new SQLite(databaseFile, { fileMustExist: true, timeout: 5000 });
    try {
      await copyWithBackupApi(source, temp);
    } finally {
      source.close();
    }
    checkCopy(temp, 'The copy just made');
  });
}

/**
 * Takes the database for ourselves, or says who has it. In exclusive locking mode SQLite
 * cannot begin while any other connection (a running server holds one for its whole life)
 * has the database open, even an idle one.
 */
function takeExclusively(databaseFile: string): SQLite.Database {
  const live = new SQLite(databaseFile, { fileMustExist: true, timeout: 0 });
  try {
    live.pragma('locking_mode = EXCLUSIVE');
    live.exec('BEGIN EXCLUSIVE');
    live.exec('COMMIT');
    return live;
  } catch (error) {
    live.close();
    if ((error as { code?: string }).code === 'SQLITE_BUSY')
      throw new BackupError(
        `${databaseFile} is in use, probably by a running Waymark server. ` +
          'Stop every Waymark server using it, then restore again. Nothing was changed.',
      );
    throw new BackupError(`${databaseFile} cannot be opened: ${(error as Error).message}.`);
  }
}

/** A name for keeping the database as it was before a restore, next to it. */
function previousName(databaseFile: string): string {
  const stamp = new Date()
    .toISOString()
    .replaceAll(':', '-')
    .replace(/\.\d+Z$/, 'Z');
  return `${databaseFile}.before-restore-${stamp}`;
}

/**
 * Replaces the database with the backup. The database as it was stays beside it (a hard link
 * to the same file, so no copy) and its path is returned, or null if there was none.
 */
export async function restoreSqlite(
  backupFile: string,
  databaseFile: string,
): Promise<string | null> {
  const problem = unreadable(backupFile);
  if (problem) throw problem;
  fs.mkdirSync(path.dirname(databaseFile), { recursive: true, mode: 0o700 });

  // 1. A complete, checked, private copy of the backup, beside the database.
  const temp = privateTempBeside(databaseFile);
  try {
    let source: SQLite.Database;
    try {
      source = new SQLite(backupFile, { readonly: true, fileMustExist: true });
      source.pragma('schema_version'); // reads the header: fails here on a file that is not SQLite
    } catch {
      throw new BackupError(`${backupFile} is not a SQLite database.`);
    }
    try {
      await copyWithBackupApi(source, temp);
    } catch (error) {
      throw new BackupError(`${backupFile} cannot be read: ${(error as Error).message}.`);
    } finally {
      source.close();
    }
    checkCopy(temp, backupFile);

    // 2. Nobody else may have the database open: the rename would pull it from under them.
    let previous: string | null = null;
    if (fs.existsSync(databaseFile)) {
      const live = takeExclusively(databaseFile);
      // Everything in the WAL goes into the file we keep; closing the last connection then
      // removes the WAL.
      live.pragma('wal_checkpoint(TRUNCATE)');
      live.close();
      previous = previousName(databaseFile);
      fs.linkSync(databaseFile, previous);
      fs.chmodSync(previous, PRIVATE_FILE_MODE);
    }
    // 3. Stale side files go first: replayed onto the restored file, an old WAL would corrupt
    // it. Should we stop between here and the rename, the old database is still whole.
    for (const suffix of SIDE_FILES) fs.rmSync(`${databaseFile}${suffix}`, { force: true });
    commitTemp(temp, databaseFile);
    return previous;
  } finally {
    fs.rmSync(temp, { force: true });
  }
}
