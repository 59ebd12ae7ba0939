// Where the journal keys come from: JOURNAL_KEYS when set; otherwise (embedded SQLite on one's
// own machine only: config.ts refuses PostgreSQL and production without it) a key file in the
// data folder, made on first use with a warning, because losing it means losing the journal.

import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { type Config, ConfigError, parseJournalKeys } from '../../config.ts';
import { type Keyring, keyringOf } from './journal-crypto.ts';

function readKeyFile(file: string): Keyring {
  const keys = parseJournalKeys(fs.readFileSync(file, 'utf8').trim(), file);
  if (typeof keys === 'string') throw new ConfigError([keys]);
  return keyringOf(keys);
}

export function resolveJournalKeyring(
  journal: Config['journal'],
  warn: (message: string) => void,
): Keyring {
  if (journal.keys) return keyringOf(journal.keys);
  if (fs.existsSync(journal.keyFile)) return readKeyFile(journal.keyFile);
  // The data folder is private (store/private-files.ts); made so here when the key comes first.
  fs.mkdirSync(path.dirname(journal.keyFile), { recursive: true, mode: 0o700 });
  try {
    // 'wx': if another process made the file first, keep theirs rather than overwrite it.
    fs.writeFileSync(journal.keyFile, `k1:${randomBytes(32).toString('base64')}\n`, {
      flag: 'wx',
      mode: 0o600,
    });
    warn(
      `JOURNAL_KEYS is not set, so a journal key was generated in ${journal.keyFile}. ` +
        'Back it up with the database: without it, journal entries cannot be read. ' +
        'Set JOURNAL_KEYS for any shared installation.',
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readKeyFile(journal.keyFile);
}

/** Resolves the keys on first use, so an app that never opens the journal touches no file. */
export function lazyJournalKeyring(
  journal: Config['journal'],
  warn: (message: string) => void,
): () => Keyring {
  let keyring: Keyring | undefined;
  return () => {
    keyring ??= resolveJournalKeyring(journal, warn);
    return keyring;
  };
}
