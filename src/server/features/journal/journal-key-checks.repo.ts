// Kysely queries for start-up key checks: the stored check value per key id, and what the
// journal tables say about key ids in use. These read across every person, like rotation:
// they run at start-up and in operator commands, never from a route.
import type { Kysely } from 'kysely';
import type { Database, JournalKeyCheckRow } from '../../store/schema.ts';
import type { SealedColumns } from './journal.repo.ts';

export type SampleRow = SealedColumns & { person_id: string; entry_id: string };

export function createKeyCheckRepo(db: Kysely<Database>) {
  return {
    find(keyId: string): Promise<JournalKeyCheckRow | undefined> {
      return db
        .selectFrom('journal_key_check')
        .selectAll()
        .where('key_id', '=', keyId)
        .executeTakeFirst();
    },

    /** Stores the check unless one is there already (another process may have been first). */
    async insertIfAbsent(row: JournalKeyCheckRow): Promise<void> {
      await db
        .insertInto('journal_key_check')
        .values(row)
        .onConflict((conflict) => conflict.column('key_id').doNothing())
        .execute();
    },

    /** A few stored values under `keyId`, from entries and then earlier versions. */
    async sampleUnderKey(keyId: string, limit: number): Promise<SampleRow[]> {
      const columns = ['person_id', 'key_id', 'iv', 'auth_tag', 'ciphertext'] as const;
      const entries = await db
        .selectFrom('journal_entry')
        .select([...columns, 'id as entry_id'])
        .where('key_id', '=', keyId)
        .limit(limit)
        .execute();
      if (entries.length > 0) return entries;
      return db
        .selectFrom('journal_revision')
        .select([...columns, 'entry_id'])
        .where('key_id', '=', keyId)
        .limit(limit)
        .execute();
    },

    /** Every key id that entries or earlier versions are stored under, with how many rows. */
    async keyIdsInUse(): Promise<Map<string, number>> {
      const counts = new Map<string, number>();
      for (const table of ['journal_entry', 'journal_revision'] as const) {
        const rows = await db
          .selectFrom(table)
          .select((eb) => ['key_id', eb.fn.countAll().as('n')])
          .groupBy('key_id')
          .execute();
        for (const row of rows)
          counts.set(row.key_id, (counts.get(row.key_id) ?? 0) + Number(row.n));
      }
      return counts;
    },

    /** Whether anything is sealed under the keys: journal text or a two-step sign-in key. */
    async hasJournalEntries(): Promise<boolean> {
      const row = await db.selectFrom('journal_entry').select('id').limit(1).executeTakeFirst();
      if (row !== undefined) return true;
      const key = await db
        .selectFrom('second_factor_totp')
        .select('account_id')
        .limit(1)
        .executeTakeFirst();
      return key !== undefined;
    },
  };
}

export type KeyCheckRepo = ReturnType<typeof createKeyCheckRepo>;
