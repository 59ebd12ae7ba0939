// Where the journal keys come from: JOURNAL_KEYS when set; otherwise (embedded SQLite on one's
// own machine only: config.ts refuses PostgreSQL and production without it) a key file in the
// data folder, made on first start with a warning, because losing it means losing the journal.
// A key file is made only while the database holds no journal entry, with an id never used
// before; and every key is checked against the data before anything is served.

import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { type Config, ConfigError, parseJournalKeys } from '../../config.ts';
import type { Database } from '../../store/schema.ts';
import { type Keyring, keyringOf } from './journal-crypto.ts';
import { createKeyCheckRepo } from './journal-key-checks.repo.ts';
import { verifyJournalKeys } from './journal-key-checks.ts';

type JournalConfig = Config['journal'];

function readKeyFile(file: string): Keyring {
  const keys = parseJournalKeys(fs.readFileSync(file, 'utf8').trim(), file);
  if (typeof keys === 'string') throw new ConfigError([keys]);
  return keyringOf(keys);
}

/** Names where the keys came from in messages; never the keys. */
export const keySource = (journal: JournalConfig) =>
  journal.keys ? 'JOURNAL_KEYS' : journal.keyFile;

/** The configured keys, read without making any: a missing key file is a problem to report. */
export function readJournalKeyring(journal: JournalConfig): Keyring {
  if (journal.keys) return keyringOf(journal.keys);
  if (!fs.existsSync(journal.keyFile))
    throw new ConfigError([
      `The journal key file ${journal.keyFile} is missing. Restore it from your backup, or set JOURNAL_KEYS.`,
    ]);
  return readKeyFile(journal.keyFile);
}

/**
 * An id that no earlier key can have had: a key file made again after one was lost must not
 * reuse the old id, or old and new entries could never be read side by side.
 */
export function newKeyId(now: Date): string {
  const day = now.toISOString().slice(0, 10).replaceAll('-', '');
  return `local-${day}-${randomBytes(4).toString('hex')}`;
}

function makeKeyFile(file: string, warn: (message: string) => void, now: Date): void {
  // The data folder is private (store/private-files.ts); made so here when the key comes first.
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    // 'wx': if another process made the file first, keep theirs rather than overwrite it.
    fs.writeFileSync(file, `${newKeyId(now)}:${randomBytes(32).toString('base64')}\n`, {
      flag: 'wx',
      mode: 0o600,
    });
    warn(
      `JOURNAL_KEYS is not set, so a journal key was generated in ${file}. ` +
        'Back it up with the database: without it, journal entries cannot be read. ' +
        'Set JOURNAL_KEYS for any shared installation.',
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

/**
 * The keys for the server and the operator commands, checked against the data first (see
 * journal-key-checks.ts). Throws ConfigError, with a message for the operator, when a key is
 * wrong or the key file is gone while journal entries exist.
 */
export async function openJournalKeyring(
  journal: JournalConfig,
  db: Kysely<Database>,
  warn: (message: string) => void,
  now: () => Date = () => new Date(),
): Promise<Keyring> {
  const repo = createKeyCheckRepo(db);
  if (!journal.keys && !fs.existsSync(journal.keyFile)) {
    if (await repo.hasJournalEntries())
      throw new ConfigError([
        `The journal key file ${journal.keyFile} is missing, but this database holds journal ` +
          'entries or two-step sign-in keys. Waymark will not make a new key, because they ' +
          `could never be read with it. Restore ${journal.keyFile} from your backup (it is kept beside ` +
          'waymark.db), or set JOURNAL_KEYS to the keys the entries were written with.',
      ]);
    makeKeyFile(journal.keyFile, warn, now());
  }
  const keyring = readJournalKeyring(journal);
  await verifyJournalKeys(repo, keyring, { source: keySource(journal), warn, now });
  return keyring;
}

/**
 * Reads the keys on first use, so an app that never opens the journal touches no file. Never
 * makes a key: that happens only at start-up, after looking at the data.
 */
export function lazyJournalKeyring(journal: JournalConfig): () => Keyring {
  let keyring: Keyring | undefined;
  return () => {
    keyring ??= readJournalKeyring(journal);
    return keyring;
  };
}
