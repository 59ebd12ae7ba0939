// Operator commands, run on the server with the same configuration as the app:
//   node src/server/cli.ts journal rotate-keys
// (see docs/operations.md). Exits non-zero with a message on any problem.
import { ConfigError, loadConfig } from './config.ts';
import { createJournalRepo } from './features/journal/journal.repo.ts';
import { resolveJournalKeyring } from './features/journal/journal-keys.ts';
import { rotateJournalKeys } from './features/journal/journal-rotation.ts';
import { openStore } from './store/db.ts';

const USAGE = 'Usage: node src/server/cli.ts journal rotate-keys';

async function rotateKeys(): Promise<void> {
  const config = loadConfig();
  const keyring = resolveJournalKeyring(config.journal, (message) => console.warn(message));
  const store = await openStore(config.database);
  try {
    const report = await rotateJournalKeys(createJournalRepo(store.db), keyring);
    console.log(
      `Journal re-encrypted under key "${report.currentKeyId}": ` +
        `${report.reencrypted.entries} entries, ${report.reencrypted.revisions} earlier versions.`,
    );
    const left = report.remaining.entries + report.remaining.revisions;
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

async function main(args: string[]): Promise<void> {
  const command = args.join(' ');
  if (command !== 'journal rotate-keys') {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  try {
    await rotateKeys();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
}

await main(process.argv.slice(2));
