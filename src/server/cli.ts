// Operator commands, run on the server with the same configuration as the app:
//   node src/server/cli.ts journal rotate-keys
//   node src/server/cli.ts measures import FILE
//   node src/server/cli.ts backup FILE | restore FILE
//   node src/server/cli.ts access-log verify PERSON_ID
//   node src/server/cli.ts service create --name NAME --admin-email EMAIL [--admin-name NAME]
//   node src/server/cli.ts service list | service disable SERVICE_ID
//   node src/server/cli.ts outcomes rebuild
// (see docs/operations.md and README.md). Exits non-zero with a message on any problem.
import { loadAllWordsFromDisk } from '../domain/i18n/disk-words.ts';
import { ConfigError, loadConfig } from './config.ts';
import { BACKUP_USAGE, backupCommand, restoreCommand } from './features/backup/backup.cli.ts';
import { createJournalRepo } from './features/journal/journal.repo.ts';
import { openJournalKeyring } from './features/journal/journal-keys.ts';
import { rotateJournalKeys } from './features/journal/journal-rotation.ts';
import { importMeasuresCommand, MEASURES_USAGE } from './features/measures/measures.cli.ts';
import { OUTCOMES_USAGE, rebuildOutcomesCommand } from './features/outcomes/outcomes.cli.ts';
import { rotateSecondFactorKeys } from './features/second-factor/second-factor-rotation.ts';
import {
  createServiceCommand,
  disableServiceCommand,
  listServicesCommand,
  SERVICE_USAGE,
} from './features/services/services.cli.ts';
import { ACCESS_LOG_USAGE, verifyAccessLogCommand } from './features/sharing/access-log.cli.ts';
import { openStore, type Store } from './store/db.ts';

// Errors the commands report are worded from the catalogue, as the server's are.
await loadAllWordsFromDisk();

const USAGE = [
  'Usage: node src/server/cli.ts journal rotate-keys',
  `Usage: ${MEASURES_USAGE}`,
  ...BACKUP_USAGE.map((line) => `Usage: ${line}`),
  `Usage: ${ACCESS_LOG_USAGE}`,
  ...SERVICE_USAGE.map((line) => `Usage: ${line}`),
  `Usage: ${OUTCOMES_USAGE}`,
].join('\n');

/** Runs `work` on the configured store (migrated, as the server opens it), then closes it. */
async function withStore<T>(work: (store: Store, publicOrigin: string) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const store = await openStore(config.database);
  try {
    return await work(store, config.publicUrl.origin);
  } finally {
    await store.close();
  }
}

async function rotateKeys(): Promise<void> {
  const config = loadConfig();
  const store = await openStore(config.database);
  try {
    // The same check as at server start: rotating under a wrong key would lose the journal.
    const keyring = await openJournalKeyring(config.journal, store.db, (message) =>
      console.warn(message),
    );
    const report = await rotateJournalKeys(createJournalRepo(store.db), keyring);
    console.log(
      `Journal re-encrypted under key "${report.currentKeyId}": ` +
        `${report.reencrypted.entries} entries, ${report.reencrypted.revisions} earlier versions.`,
    );
    // Two-step sign-in keys are sealed under the same keys (decision 0039).
    const keys = await rotateSecondFactorKeys(store.db, keyring);
    console.log(`Two-step sign-in keys re-encrypted: ${keys.reencrypted}.`);
    const left = report.remaining.entries + report.remaining.revisions + keys.remaining;
    if (left > 0) {
      console.error(
        `${left} rows are still under an older key (changed during the run). Run the command again.`,
      );
      process.exitCode = 1;
    } else {
      console.log(
        'No journal text is under an older key now. Older keys can be removed from JOURNAL_KEYS.',
      );
    }
  } finally {
    await store.close();
  }
}

/** Thrown for a command line that is not one of ours: the usage is printed, exit code 2. */
class UsageError extends Error {}

const output = { out: console.log, err: console.error };

/** Commands by their first one or two words; each gets the words after them. */
const COMMANDS: Record<string, (args: string[]) => Promise<void>> = {
  'journal rotate-keys': async (args) => {
    if (args.length > 0) throw new UsageError();
    await rotateKeys();
  },
  'measures import': async (args) => {
    process.exitCode = await importMeasuresCommand(args, () => loadConfig(), output);
  },
  backup: async ([file, ...rest]) => {
    if (!file || file.startsWith('-') || rest.length > 0) throw new UsageError();
    process.exitCode = await backupCommand(file, loadConfig(), output);
  },
  'access-log verify': async ([personId, ...rest]) => {
    if (!personId || personId.startsWith('-') || rest.length > 0) throw new UsageError();
    const store = await openStore(loadConfig().database);
    try {
      process.exitCode = await verifyAccessLogCommand(personId, store, output);
    } finally {
      await store.close();
    }
  },
  'service create': async (args) => {
    process.exitCode = await withStore((store, publicOrigin) =>
      createServiceCommand(args, { store, publicOrigin }, output),
    );
  },
  'service list': async (args) => {
    if (args.length > 0) throw new UsageError();
    process.exitCode = await withStore((store) => listServicesCommand({ store }, output));
  },
  'service disable': async ([id, ...rest]) => {
    if (id?.startsWith('-') || rest.length > 0) throw new UsageError();
    if (!id) {
      console.error('Nothing was changed: give the id of the service (service list shows them).');
      process.exitCode = 1;
      return;
    }
    process.exitCode = await withStore((store) => disableServiceCommand(id, { store }, output));
  },
  'outcomes rebuild': async (args) => {
    if (args.length > 0) throw new UsageError();
    process.exitCode = await withStore((store) => rebuildOutcomesCommand(store, output));
  },
  restore: async ([file, ...rest]) => {
    if (!file || file.startsWith('-') || rest.length > 0) throw new UsageError();
    process.exitCode = await restoreCommand(file, loadConfig(), output);
  },
};

function findCommand(args: string[]): [(args: string[]) => Promise<void>, string[]] | null {
  for (const words of [2, 1]) {
    const name = args.slice(0, words).join(' ');
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (command) return [command, args.slice(words)];
  }
  return null;
}

async function main(args: string[]): Promise<void> {
  const found = findCommand(args);
  try {
    if (!found) throw new UsageError();
    const [command, rest] = found;
    await command(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(USAGE);
      process.exitCode = 2;
      return;
    }
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
}

await main(process.argv.slice(2));
