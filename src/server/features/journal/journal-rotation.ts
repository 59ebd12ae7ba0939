// Key rotation: re-encrypts every journal entry and revision still under an older key with
// the current key. Each row is visited once, in key order, and replaced only if it still holds
// what was read, so the app can keep running (a concurrent edit is already under the current
// key). Safe to run again: rows under the current key are left alone.
import { AppError } from '../../../domain/errors.ts';
import type { JournalRepo } from './journal.repo.ts';
import { type Keyring, reseal, type Sealed } from './journal-crypto.ts';

export type RotationReport = {
  currentKeyId: string;
  reencrypted: { entries: number; revisions: number };
  /** Rows still under another key afterwards: only if they changed during the run. */
  remaining: { entries: number; revisions: number };
};

const BATCH = 200;

/** Re-encrypts one value; a failure names the row and key (ids only) for the operator. */
function resealForOperator(
  keyring: Keyring,
  sealed: Sealed,
  binding: { personId: string; entryId: string },
): Sealed {
  try {
    return reseal(keyring, sealed, binding);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const row = `journal entry ${binding.entryId} of person ${binding.personId}`;
    throw new Error(
      error.code === 'WM_JOURNAL_KEY_UNAVAILABLE'
        ? `The ${row} is under key "${sealed.keyId}", which is not in JOURNAL_KEYS. Add that key back (after the current one) and run again.`
        : `The ${row} could not be decrypted with key "${sealed.keyId}": the key under that id is not the one it was written with, or the row is damaged.`,
    );
  }
}

async function rotateTable(
  repo: JournalRepo,
  keyring: Keyring,
  table: 'journal_entry' | 'journal_revision',
): Promise<number> {
  let done = 0;
  let after: { personId: string; id: string; version: number } | null = null;
  for (;;) {
    const rows = await repo.notUnderKey(table, keyring.current.id, after, BATCH);
    for (const row of rows) {
      const binding = { personId: row.person_id, entryId: row.id };
      const sealed = resealForOperator(
        keyring,
        { keyId: row.key_id, iv: row.iv, authTag: row.auth_tag, ciphertext: row.ciphertext },
        binding,
      );
      const next = {
        key_id: sealed.keyId,
        iv: sealed.iv,
        auth_tag: sealed.authTag,
        ciphertext: sealed.ciphertext,
      };
      if (await repo.replaceSealed(table, row, next)) done += 1;
    }
    const last = rows.at(-1);
    if (!last || rows.length < BATCH) return done;
    after = { personId: last.person_id, id: last.id, version: last.version };
  }
}

export async function rotateJournalKeys(
  repo: JournalRepo,
  keyring: Keyring,
): Promise<RotationReport> {
  const entries = await rotateTable(repo, keyring, 'journal_entry');
  const revisions = await rotateTable(repo, keyring, 'journal_revision');
  return {
    currentKeyId: keyring.current.id,
    reencrypted: { entries, revisions },
    remaining: {
      entries: await repo.countNotUnderKey('journal_entry', keyring.current.id),
      revisions: await repo.countNotUnderKey('journal_revision', keyring.current.id),
    },
  };
}
