import type { Kysely } from 'kysely';
import type { FailureHistory } from '../../../domain/auth/sign-in-delay.ts';
import type {
  AccountRow,
  Database,
  KnownDeviceRow,
  LoginFailureRow,
  SessionRow,
} from '../../store/schema.ts';

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
          'account.welcomed_at',
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

    async recordLoginFailure(failure: LoginFailureRow): Promise<void> {
      await db.insertInto('login_failure').values(failure).execute();
    },

    async deleteLoginFailure(id: string): Promise<void> {
      await db.deleteFrom('login_failure').where('id', '=', id).execute();
    },

    async deleteLoginFailuresBefore(before: string): Promise<void> {
      await db.deleteFrom('login_failure').where('created_at', '<', before).execute();
    },

    /**
     * Failures strictly after `since`, and the latest, for one account or address from devices
     * that are not known, or for one known device.
     */
    async failureHistory(
      by: { email: string } | { address: string } | { deviceHash: string },
      since: string,
    ): Promise<FailureHistory> {
      let query = db
        .selectFrom('login_failure')
        .select((eb) => [eb.fn.countAll().as('n'), eb.fn.max('created_at').as('last')])
        .where('created_at', '>', since);
      if ('deviceHash' in by) query = query.where('device_hash', '=', by.deviceHash);
      else {
        query = query.where('device_hash', 'is', null);
        query =
          'email' in by
            ? query.where('email', '=', by.email)
            : query.where('address', '=', by.address);
      }
      const row = await query.executeTakeFirst();
      return { failures: Number(row?.n ?? 0), lastFailureAt: row?.last ?? null };
    },

    async insertKnownDevice(device: KnownDeviceRow): Promise<void> {
      await db.insertInto('known_device').values(device).execute();
    },

    findKnownDevice(tokenHash: string): Promise<KnownDeviceRow | undefined> {
      return db
        .selectFrom('known_device')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
    },

    async deleteKnownDevice(tokenHash: string): Promise<void> {
      await db.deleteFrom('known_device').where('token_hash', '=', tokenHash).execute();
    },

    async deleteExpiredKnownDevices(accountId: string, now: string): Promise<void> {
      await db
        .deleteFrom('known_device')
        .where('account_id', '=', accountId)
        .where('expires_at', '<=', now)
        .execute();
    },
  };
}

export type AuthRepo = ReturnType<typeof createAuthRepo>;
