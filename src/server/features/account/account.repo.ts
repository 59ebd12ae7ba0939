// The signed-in person's own account: the name they go by, and when they were first welcomed.
import { type Kysely, sql } from 'kysely';
import type { AccountRow, Database } from '../../store/schema.ts';
import { hasSecondFactor } from '../second-factor/has-second-factor.ts';

export function createAccountRepo(db: Kysely<Database>) {
  return {
    /** The account, and whether it has a second factor (read with `isOn`). */
    find(id: string): Promise<(AccountRow & { second_factor_on: unknown }) | undefined> {
      return db
        .selectFrom('account')
        .selectAll('account')
        .select(hasSecondFactor(sql.ref('account.id')).as('second_factor_on'))
        .where('account.id', '=', id)
        .executeTakeFirst();
    },

    async rename(id: string, displayName: string): Promise<void> {
      await db
        .updateTable('account')
        .set({ display_name: displayName })
        .where('id', '=', id)
        .execute();
    },

    async passwordHash(id: string): Promise<string | undefined> {
      const row = await db
        .selectFrom('account')
        .select('password_hash')
        .where('id', '=', id)
        .executeTakeFirst();
      return row?.password_hash;
    },

    async setPasswordHash(id: string, passwordHash: string): Promise<void> {
      await db
        .updateTable('account')
        .set({ password_hash: passwordHash })
        .where('id', '=', id)
        .execute();
    },

    /** The account's sessions, live or not yet cleaned up, newest first. */
    sessions(accountId: string) {
      return db
        .selectFrom('session')
        .select(['token_hash', 'created_at', 'last_seen_at'])
        .where('account_id', '=', accountId)
        .orderBy('created_at', 'desc')
        .execute();
    },

    async deleteSession(accountId: string, tokenHash: string): Promise<void> {
      await db
        .deleteFrom('session')
        .where('account_id', '=', accountId)
        .where('token_hash', '=', tokenHash)
        .execute();
    },

    /** Ends every session of the account but `keepTokenHash`; answers the ones it ended. */
    deleteOtherSessions(accountId: string, keepTokenHash: string) {
      return db
        .deleteFrom('session')
        .where('account_id', '=', accountId)
        .where('token_hash', '<>', keepTokenHash)
        .returning(['created_at', 'last_seen_at'])
        .execute();
    },

    async setLanguage(id: string, language: string): Promise<void> {
      await db.updateTable('account').set({ language }).where('id', '=', id).execute();
    },

    /** Keeps the first time only: a second device showing the welcome changes nothing. */
    async markWelcomed(id: string, at: string): Promise<void> {
      await db
        .updateTable('account')
        .set({ welcomed_at: at })
        .where('id', '=', id)
        .where('welcomed_at', 'is', null)
        .execute();
    },
  };
}

export type AccountRepo = ReturnType<typeof createAccountRepo>;
