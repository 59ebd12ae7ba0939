// Kysely queries for passkeys (decision 0041). Every key leads with the account. A challenge is
// taken by one DELETE … RETURNING, so two answers to the same challenge cannot both go on; a
// counter moves forward by one conditional UPDATE.
import type { Kysely } from 'kysely';
import type { Database, PasskeyRow } from '../../store/schema.ts';

export type ChallengePurpose = 'register' | 'sign-in';

export function createPasskeysRepo(db: Kysely<Database>) {
  return {
    list(accountId: string, limit: number): Promise<PasskeyRow[]> {
      return db
        .selectFrom('passkey')
        .selectAll()
        .where('account_id', '=', accountId)
        .orderBy('created_at')
        .orderBy('id')
        .limit(limit)
        .execute();
    },

    async count(accountId: string): Promise<number> {
      const row = await db
        .selectFrom('passkey')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('account_id', '=', accountId)
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },

    findByCredential(accountId: string, credentialId: string): Promise<PasskeyRow | undefined> {
      return db
        .selectFrom('passkey')
        .selectAll()
        .where('account_id', '=', accountId)
        .where('credential_id', '=', credentialId)
        .executeTakeFirst();
    },

    /** False when the credential is already stored (for this account or another). */
    async insert(row: PasskeyRow): Promise<boolean> {
      const inserted = await db
        .insertInto('passkey')
        .values(row)
        .onConflict((oc) => oc.column('credential_id').doNothing())
        .returning('id')
        .executeTakeFirst();
      return inserted !== undefined;
    },

    /**
     * Records a use: the new counter and the time. False when the stored counter moved on
     * meanwhile (another answer with the same or a later counter got there first).
     */
    async recordUse(
      accountId: string,
      id: string,
      seenCounter: number,
      newCounter: number,
      at: string,
    ): Promise<boolean> {
      const result = await db
        .updateTable('passkey')
        .set({ counter: newCounter, last_used_at: at })
        .where('account_id', '=', accountId)
        .where('id', '=', id)
        .where('counter', '=', seenCounter)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /**
     * Removes a passkey; with `keepOne`, only while the account keeps another second factor (a
     * second passkey or a confirmed app), as one conditional DELETE. 'kept' when it was the last.
     * Only a guard for staff's own sake (decision 0041): one without a factor sees no person and
     * can add one again at once.
     */
    async remove(
      accountId: string,
      id: string,
      keepOne: boolean,
    ): Promise<'removed' | 'missing' | 'kept'> {
      const result = await db
        .deleteFrom('passkey')
        .where('account_id', '=', accountId)
        .where('id', '=', id)
        .where((eb) =>
          keepOne
            ? eb.or([
                eb.exists(
                  eb
                    .selectFrom('passkey as other')
                    .select('other.id')
                    .where('other.account_id', '=', accountId)
                    .where('other.id', '<>', id),
                ),
                eb.exists(
                  eb
                    .selectFrom('second_factor_totp as app')
                    .select('app.account_id')
                    .where('app.account_id', '=', accountId)
                    .where('app.confirmed_at', 'is not', null),
                ),
              ])
            : eb.lit(true),
        )
        .executeTakeFirst();
      if (Number(result.numDeletedRows) === 1) return 'removed';
      const still = await db
        .selectFrom('passkey')
        .select('id')
        .where('account_id', '=', accountId)
        .where('id', '=', id)
        .executeTakeFirst();
      return still ? 'kept' : 'missing';
    },

    async insertChallenge(
      challenge: string,
      accountId: string,
      purpose: ChallengePurpose,
      at: string,
    ): Promise<void> {
      await db
        .insertInto('passkey_challenge')
        .values({ challenge, account_id: accountId, purpose, created_at: at })
        .execute();
    },

    /** Takes a challenge (it can be taken once); undefined when there is none to take. */
    takeChallenge(challenge: string, accountId: string, purpose: ChallengePurpose) {
      return db
        .deleteFrom('passkey_challenge')
        .where('challenge', '=', challenge)
        .where('account_id', '=', accountId)
        .where('purpose', '=', purpose)
        .returning(['challenge', 'created_at'])
        .executeTakeFirst();
    },

    /** Challenges (every account's) handed out before `before`: they can no longer be used. */
    async deleteChallengesBefore(before: string): Promise<void> {
      await db.deleteFrom('passkey_challenge').where('created_at', '<', before).execute();
    },
  };
}

export type PasskeysRepo = ReturnType<typeof createPasskeysRepo>;
