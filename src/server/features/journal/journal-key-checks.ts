// Start-up check of the journal keys against the data, so a wrong key is refused before it can
// write anything. Each key id has a stored check value, made the first time the id is seen. A
// key configured under an id whose check does not open is refused by id, never by its bytes.
// An id that was used before check values existed is verified against a few rows stored
// under it instead. Rows under an id that is not configured only warn: they show as unreadable
// and cannot be changed, so nothing is lost, and the rest of the record stays available.
import { ConfigError } from '../../config.ts';
import { type Keyring, keyCheckHolds, keyOpens, makeKeyCheck } from './journal-crypto.ts';
import type { KeyCheckRepo, SampleRow } from './journal-key-checks.repo.ts';

/** Rows tried for an id without a check value: the right key opens any of them. */
const SAMPLE = 5;

type CheckOptions = {
  /** Where the keys came from, for the messages: JOURNAL_KEYS or the key file's path. */
  source: string;
  warn: (message: string) => void;
  now: () => Date;
};

const wrongKey = (id: string, source: string) =>
  `Journal key "${id}" in ${source} is not the key that "${id}" was first used with in this ` +
  `database, so it cannot open the journal text stored under that id. Put back the original ` +
  `key for "${id}" from your backup. A new key needs an id that was never used before. ` +
  'Nothing was changed.';

const notConfigured = (id: string, rows: number, source: string) =>
  `${rows} stored journal ${rows === 1 ? 'text is' : 'texts are'} under key "${id}", which is ` +
  `not in ${source}. Those entries show as unreadable and cannot be changed until the key is ` +
  'added back (after the current key).';

export async function verifyJournalKeys(
  repo: KeyCheckRepo,
  keyring: Keyring,
  options: CheckOptions,
): Promise<void> {
  const problems: string[] = [];
  for (const [id, material] of keyring.byId) {
    const key = { id, key: material };
    const holds = (check: { iv: string; auth_tag: string; ciphertext: string }) =>
      keyCheckHolds(key, { iv: check.iv, authTag: check.auth_tag, ciphertext: check.ciphertext });
    const opens = (row: SampleRow) =>
      keyOpens(
        key,
        { iv: row.iv, authTag: row.auth_tag, ciphertext: row.ciphertext },
        { personId: row.person_id, entryId: row.entry_id },
      );

    let stored = await repo.find(id);
    if (!stored) {
      const samples = await repo.sampleUnderKey(id, SAMPLE);
      if (samples.length > 0 && !samples.some(opens)) {
        problems.push(wrongKey(id, options.source));
        continue;
      }
      const check = makeKeyCheck(key);
      await repo.insertIfAbsent({
        key_id: id,
        iv: check.iv,
        auth_tag: check.authTag,
        ciphertext: check.ciphertext,
        created_at: options.now().toISOString(),
      });
      // Read back: a process starting at the same time with other bytes may have been first.
      stored = await repo.find(id);
    }
    if (!stored || !holds(stored)) problems.push(wrongKey(id, options.source));
  }
  if (problems.length > 0) throw new ConfigError(problems);

  for (const [id, rows] of await repo.keyIdsInUse())
    if (!keyring.byId.has(id)) options.warn(notConfigured(id, rows, options.source));
}
