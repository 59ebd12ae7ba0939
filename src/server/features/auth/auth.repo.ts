import { type Kysely, sql } from 'kysely';
import type { FailureHistory } from '../../../domain/auth/sign-in-delay.ts';
import { compiledRead, isPostgres } from '../../store/compiled-query.ts';
import type {
  AccountRow,
  Database,
  KnownDeviceRow,
  LoginFailureRow,
  SessionRow,
} from '../../store/schema.ts';
import { hasSecondFactor } from '../second-factor/has-second-factor.ts';

type SessionWithAccount = {
  token_hash: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  id: string;
  email: string;
  display_name: string;
  role: string;
  welcomed_at: string | null;
  language: string | null;
  /** Whether the account has a second factor (has-second-factor.ts; read with `isOn`). */
  second_factor_on: unknown;
};

/**
 * The session a cookie names, with its account, compiled once (store/compiled-query.ts). On
 * PostgreSQL one joined query saves a round trip; on SQLite two lookups by key cost a third of
 * the same join (measured: about 11 µs against 35–60 µs), so there it asks twice.
 */
function sessionLookup(
  db: Kysely<Database>,
): (tokenHash: string) => Promise<SessionWithAccount | undefined> {
  const sessionColumns = ['token_hash', 'csrf_token', 'created_at', 'last_seen_at'] as const;
  const accountColumns = [
    'id',
    'email',
    'display_name',
    'role',
    'welcomed_at',
    'language',
  ] as const;
  if (isPostgres(db)) {
    const joined = compiledRead(db, ['tokenHash'], (p) =>
      db
        .selectFrom('session')
        .innerJoin('account', 'account.id', 'session.account_id')
        .select([
          ...sessionColumns.map((column) => `session.${column}` as const),
          ...accountColumns.map((column) => `account.${column}` as const),
          hasSecondFactor(sql.ref('account.id')).as('second_factor_on'),
        ])
        .where('session.token_hash', '=', p.tokenHash),
    );
    return async (tokenHash) => (await joined({ tokenHash }))[0];
  }
  const session = compiledRead(db, ['tokenHash'], (p) =>
    db
      .selectFrom('session')
      .select([...sessionColumns, 'account_id'])
      .where('token_hash', '=', p.tokenHash),
  );
  const account = compiledRead(db, ['id'], (p) =>
    db
      .selectFrom('account')
      // The second factors' rows are keyed by the account: lookups by key in the same query.
      .select([
        ...accountColumns.map((column) => `account.${column}` as const),
        hasSecondFactor(sql.ref('account.id')).as('second_factor_on'),
      ])
      .where('account.id', '=', p.id),
  );
  return async (tokenHash) => {
    const [found] = await session({ tokenHash });
    if (!found) return undefined;
    const [owner] = await account({ id: found.account_id });
    if (!owner) return undefined;
    const { account_id: _, ...rest } = found;
    return { ...rest, ...owner };
  };
}

export function createAuthRepo(db: Kysely<Database>) {
  const findSessionWithAccount = sessionLookup(db);
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

    /** The session and its account: this runs on every API request. */
    findSessionWithAccount,

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
