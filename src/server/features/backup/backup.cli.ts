// `waymark backup FILE` and `waymark restore FILE`, with the same configuration as the server
// (DATA_DIR for SQLite, DATABASE_URL for PostgreSQL). See "Backups" in docs/operations.md.
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config.ts';
import { parseJournalKeys } from '../../config.ts';
import { openPostgres, openSqlite, openStore } from '../../store/db.ts';
import { rebuildAllOutcomes } from '../outcomes/outcome-rollup.ts';
import { backupPostgres, restorePostgres } from './postgres-backup.ts';
import { BackupError } from './private-file.ts';
import { backupSqlite, restoreSqlite } from './sqlite-backup.ts';

export const BACKUP_USAGE = [
  'node src/server/cli.ts backup FILE    (a new file; safe while the server runs)',
  'node src/server/cli.ts restore FILE   (stop every Waymark server first)',
];

export type Output = { out(line: string): void; err(line: string): void };

function keyReminder(config: Config): string {
  const where = config.journal.keys ? 'JOURNAL_KEYS' : config.journal.keyFile;
  return (
    `The journal key is not in the backup: keep a copy of ${where} somewhere else, safe. ` +
    'Without it the journal in this backup cannot be read; kept apart, a stolen backup ' +
    'does not show anyone what they wrote in their journal.'
  );
}

/** Key ids the configuration can decrypt with, without making a key; null if unknown. */
function configuredKeyIds(config: Config): Set<string> | null {
  if (config.journal.keys) return new Set(config.journal.keys.map((k) => k.id));
  if (!fs.existsSync(config.journal.keyFile)) return new Set();
  const keys = parseJournalKeys(fs.readFileSync(config.journal.keyFile, 'utf8').trim());
  return typeof keys === 'string' ? null : new Set(keys.map((k) => k.id));
}

/** Journal key ids the restored data was written under that the configuration lacks. */
async function missingJournalKeys(config: Config): Promise<string[]> {
  const known = configuredKeyIds(config);
  if (!known) return [];
  const db =
    config.database.dialect === 'sqlite'
      ? openSqlite(config.database.file)
      : openPostgres(config.database.url);
  try {
    const used = await db
      .selectFrom('journal_entry')
      .select('key_id')
      .union(db.selectFrom('journal_revision').select('key_id'))
      .execute();
    return used.map((row) => row.key_id).filter((id) => !known.has(id));
  } finally {
    await db.destroy();
  }
}

/** Runs a command on the file named: 0 once done, 1 with the reason when a BackupError stops it. */
async function onFile(
  named: string,
  output: Output,
  work: (file: string) => Promise<void>,
): Promise<number> {
  try {
    await work(path.resolve(named));
    return 0;
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    output.err(error.message);
    return 1;
  }
}

export function backupCommand(named: string, config: Config, output: Output): Promise<number> {
  const { database } = config;
  return onFile(named, output, async (file) => {
    if (database.dialect === 'sqlite') {
      await backupSqlite(database.file, file);
      output.out(`Backed up ${database.file} to ${file}.`);
    } else {
      const schema = await backupPostgres(database.url, file);
      output.out(`Backed up the PostgreSQL schema ${schema} to ${file}.`);
    }
    output.out(keyReminder(config));
  });
}

export function restoreCommand(named: string, config: Config, output: Output): Promise<number> {
  const { database } = config;
  return onFile(named, output, async (file) => {
    if (database.dialect === 'sqlite') {
      const previous = await restoreSqlite(file, database.file);
      output.out(`Restored ${file} into ${database.file}.`);
      if (previous)
        output.out(
          `The database as it was is kept in ${previous}: delete it once you are sure ` +
            'you do not need it.',
        );
    } else {
      const schema = await restorePostgres(database.url, file);
      output.out(`Restored ${file} into the PostgreSQL schema ${schema}.`);
    }
    // The outcome rollup as the restored records say, whichever version made the backup
    // (one from before the rollup has none): the store is brought up to date first.
    const store = await openStore(database);
    try {
      const people = await rebuildAllOutcomes(store.db);
      output.out(`Outcome figures rebuilt from the records of ${people} accounts.`);
    } finally {
      await store.close();
    }
    const missing = await missingJournalKeys(config);
    if (missing.length > 0)
      output.err(
        `Warning: journal entries in this backup were written under ${missing
          .map((id) => `"${id}"`)
          .join(', ')}, which the configuration does not have. Put the key(s) from your key ` +
          'backup into JOURNAL_KEYS (or data/journal.key) before starting the server.',
      );
    output.out('Start the Waymark server again.');
  });
}
