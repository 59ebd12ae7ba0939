import type { Kysely } from 'kysely';
import type { AccountRow, Database, SessionRow } from '../../store/schema.ts';

export function createAuthRepo(db: Kysely<Database>) {
  return {
    findAccountByEmail(email: string): Promise<AccountRow | undefined> {
      return db.selectFrom('account').selectAll().where('email', '=', email).executeTakeFirst();
    },

    findAccount(id: string): Promise<AccountRow | undefined> {
      return db.selectFrom('account').selectAll().where('id', '=', id).executeTakeFirst();
    },

    async countAccounts(): Promise<number> {
      const row = await db
        .selectFrom('account')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },

    /** Returns false when the email is already taken (unique constraint), true when created. */
    async insertAccount(account: AccountRow): Promise<boolean> {
      const inserted = await db
        .insertInto('account')
        .values(account)
        .onConflict((oc) => oc.column('email').doNothing())
        .returning('id')
        .executeTakeFirst();
      return inserted !== undefined;
    },

    async insertSession(session: SessionRow): Promise<void> {
      await db.insertInto('session').values(session).execute();
    },

    /** The session and its account in one query: this runs on every API request. */
    findSessionWithAccount(tokenHash: string) {
      return db
        .selectFrom('session')
        .innerJoin('account', 'account.id', 'session.account_id')
        .select([
          'session.token_hash',
          'session.csrf_token',
          'session.created_at',
          'session.last_seen_at',
          'account.id',
          'account.email',
          'account.display_name',
          'account.role',
        ])
        .where('session.token_hash', '=', tokenHash)
        .executeTakeFirst();
    },

    async touchSession(tokenHash: string, at: string): Promise<void> {
      await db
        .updateTable('session')
        .set({ last_seen_at: at })
        .where('token_hash', '=', tokenHash)
        .execute();
    },

    async deleteSession(tokenHash: string): Promise<void> {
      await db.deleteFrom('session').where('token_hash', '=', tokenHash).execute();
    },

    async recordLoginFailure(id: string, email: string, at: string): Promise<void> {
      await db.insertInto('login_failure').values({ id, email, created_at: at }).execute();
    },

    /** Failures strictly after `since`: one made exactly 15 minutes ago has expired, as promised. */
    async countLoginFailures(email: string, since: string): Promise<number> {
      const row = await db
        .selectFrom('login_failure')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('email', '=', email)
        .where('created_at', '>', since)
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },
  };
}

export type AuthRepo = ReturnType<typeof createAuthRepo>;
