// Password reset links. Using one sets the password, uses up every other link of the account and
// ends all its sessions, in one transaction: of two uses at once only one claims the link.
import type { Kysely } from 'kysely';
import type { Database, SetUpLinkRow } from '../../store/schema.ts';
import { claimLinkAndSetPassword, liveLink } from '../auth/one-time-link.ts';

export type ResetLinkRow = SetUpLinkRow;

export function createPasswordResetRepo(db: Kysely<Database>) {
  return {
    /** The account an email belongs to, with what decides whether it may be reset. */
    accountByEmail(email: string) {
      return db
        .selectFrom('account')
        .leftJoin('staff_member', 'staff_member.account_id', 'account.id')
        .leftJoin('service', 'service.id', 'staff_member.service_id')
        .select([
          'account.id',
          'account.email',
          'account.language',
          'staff_member.disabled_at as staff_disabled_at',
          'service.disabled_at as service_disabled_at',
        ])
        .where('account.email', '=', email)
        .executeTakeFirst();
    },

    async linksSince(accountId: string, since: string): Promise<number> {
      const row = await db
        .selectFrom('password_reset')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('account_id', '=', accountId)
        .where('created_at', '>', since)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async insert(link: ResetLinkRow): Promise<void> {
      await db.insertInto('password_reset').values(link).execute();
    },

    liveLink(tokenHash: string, now: string): Promise<ResetLinkRow | undefined> {
      return liveLink(db, 'password_reset', tokenHash, now);
    },

    /** False, with nothing changed, when the link was no longer live. */
    async useLink(link: ResetLinkRow, passwordHash: string, now: string): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        if (!(await claimLinkAndSetPassword(trx, 'password_reset', link, passwordHash, now)))
          return false;
        // Any other link sent meanwhile stops working too: the password was just chosen.
        await trx
          .updateTable('password_reset')
          .set({ used_at: now })
          .where('account_id', '=', link.account_id)
          .where('used_at', 'is', null)
          .execute();
        // Whoever knew the old password is signed out everywhere, and half-done sign-ins end.
        await trx.deleteFrom('session').where('account_id', '=', link.account_id).execute();
        await trx.deleteFrom('pending_sign_in').where('account_id', '=', link.account_id).execute();
        return true;
      });
    },
  };
}

export type PasswordResetRepo = ReturnType<typeof createPasswordResetRepo>;
