// Services, their staff and set-up links (decision 0038): Kysely queries only. A set-up link's
// token is only ever stored as its SHA-256 hash.
import type { Kysely } from 'kysely';
import type {
  AccountRow,
  Database,
  ServiceRow,
  SetUpLinkRow,
  StaffMemberRow,
} from '../../store/schema.ts';
import { claimLinkAndSetPassword, liveLink } from '../auth/one-time-link.ts';

/** A service with its admins, for the operator's list. */
export type ServiceListing = ServiceRow & {
  admins: { email: string; setUp: boolean }[];
};

/** The first admin and everything made with the service, in one transaction. */
export type NewServiceRows = {
  service: ServiceRow;
  account: AccountRow;
  staff: StaffMemberRow;
  link: SetUpLinkRow;
};

export function createServicesRepo(db: Kysely<Database>) {
  /** Sessions of every staff member of the service; how many rows went. */
  const endStaffSessions = async (executor: Kysely<Database>, serviceId: string) => {
    const result = await executor
      .deleteFrom('session')
      .where('account_id', 'in', (eb) =>
        eb.selectFrom('staff_member').select('account_id').where('service_id', '=', serviceId),
      )
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  };

  return {
    /**
     * Makes the service, its first admin's account, the staff row and the set-up link together.
     * False, with nothing written, when the email address already has an account.
     */
    async insertService(rows: NewServiceRows): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        // No error on a taken email: on PostgreSQL an error would end the transaction.
        const inserted = await trx
          .insertInto('account')
          .values(rows.account)
          .onConflict((oc) => oc.column('email').doNothing())
          .returning('id')
          .executeTakeFirst();
        if (!inserted) return false;
        await trx.insertInto('service').values(rows.service).execute();
        await trx.insertInto('staff_member').values(rows.staff).execute();
        await trx.insertInto('set_up_link').values(rows.link).execute();
        return true;
      });
    },

    emailTaken(email: string): Promise<boolean> {
      return db
        .selectFrom('account')
        .select('id')
        .where('email', '=', email)
        .executeTakeFirst()
        .then((row) => row !== undefined);
    },

    findService(id: string): Promise<ServiceRow | undefined> {
      return db.selectFrom('service').selectAll().where('id', '=', id).executeTakeFirst();
    },

    /** Every service, oldest first, with its admins' email addresses and whether they set up. */
    async listServices(): Promise<ServiceListing[]> {
      const services = await db
        .selectFrom('service')
        .selectAll()
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      const admins = await db
        .selectFrom('staff_member')
        .innerJoin('account', 'account.id', 'staff_member.account_id')
        .select([
          'staff_member.service_id',
          'account.email',
          (eb) =>
            eb
              .exists(
                eb
                  .selectFrom('set_up_link')
                  .select('set_up_link.token_hash')
                  .whereRef('set_up_link.account_id', '=', 'staff_member.account_id')
                  .where('set_up_link.used_at', 'is not', null),
              )
              .as('set_up'),
        ])
        .where('staff_member.role', '=', 'service_admin')
        .orderBy('account.email')
        .execute();
      return services.map((service) => ({
        ...service,
        admins: admins
          .filter((admin) => admin.service_id === service.id)
          .map((admin) => ({ email: admin.email, setUp: Boolean(admin.set_up) })),
      }));
    },

    /**
     * Disables the service and ends its staff's sessions, in one transaction. Null when there is
     * no such service, 'already' when it was disabled before; otherwise how many sessions ended.
     */
    async disableService(id: string, now: string): Promise<null | 'already' | number> {
      return db.transaction().execute(async (trx) => {
        const service = await trx
          .selectFrom('service')
          .select('disabled_at')
          .where('id', '=', id)
          .executeTakeFirst();
        if (!service) return null;
        const result = await trx
          .updateTable('service')
          .set({ disabled_at: now })
          .where('id', '=', id)
          .where('disabled_at', 'is', null)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) return 'already';
        return endStaffSessions(trx, id);
      });
    },

    /** Ends the sessions of the service's staff (again, after the commit: see the service). */
    endStaffSessions: (serviceId: string) => endStaffSessions(db, serviceId),

    /**
     * The service an account works for, if it is staff: with whether it may sign in (neither the
     * service nor the staff member disabled).
     */
    staffOf(accountId: string): Promise<
      | {
          service_id: string;
          name: string;
          role: string;
          service_disabled_at: string | null;
          staff_disabled_at: string | null;
        }
      | undefined
    > {
      return db
        .selectFrom('staff_member')
        .innerJoin('service', 'service.id', 'staff_member.service_id')
        .select([
          'staff_member.service_id',
          'service.name',
          'staff_member.role',
          'service.disabled_at as service_disabled_at',
          'staff_member.disabled_at as staff_disabled_at',
        ])
        .where('staff_member.account_id', '=', accountId)
        .executeTakeFirst();
    },

    /** A set-up link that can still be used now. */
    liveLink(tokenHash: string, now: string): Promise<SetUpLinkRow | undefined> {
      return liveLink(db, 'set_up_link', tokenHash, now);
    },

    /**
     * Marks the link used and sets the account's password, in one transaction; of two uses at
     * once only one claims the link. False, with nothing changed, when it was no longer live.
     */
    useLink(
      link: Pick<SetUpLinkRow, 'token_hash' | 'account_id'>,
      passwordHash: string,
      now: string,
    ): Promise<boolean> {
      return db
        .transaction()
        .execute((trx) => claimLinkAndSetPassword(trx, 'set_up_link', link, passwordHash, now));
    },
  };
}

export type ServicesRepo = ReturnType<typeof createServicesRepo>;
