// Notification rows, each account's choices and the email outbox. Writes that belong to another
// feature's change take that feature's transaction (`executor`), so they commit or fail with it.
import type { Kysely } from 'kysely';
import type {
  Database,
  EmailOutboxTable,
  NotificationSettingTable,
  NotificationTable,
} from '../../store/schema.ts';

export type Executor = Kysely<Database>;
export type NotificationRow = NotificationTable;
export type EmailRow = EmailOutboxTable;

export function createNotificationRepo(db: Kysely<Database>) {
  return {
    async recipient(executor: Executor, accountId: string) {
      return executor
        .selectFrom('account')
        .select(['email', 'display_name', 'language'])
        .where('id', '=', accountId)
        .executeTakeFirst();
    },

    async choice(executor: Executor, accountId: string, kind: string) {
      return executor
        .selectFrom('notification_setting')
        .select(['in_app', 'email'])
        .where('account_id', '=', accountId)
        .where('kind', '=', kind)
        .executeTakeFirst();
    },

    async insert(executor: Executor, row: NotificationRow): Promise<void> {
      await executor.insertInto('notification').values(row).execute();
    },

    async insertEmail(executor: Executor, row: EmailRow): Promise<void> {
      await executor.insertInto('email_outbox').values(row).execute();
    },

    /** The account's newest notifications. */
    list(accountId: string, limit: number): Promise<NotificationRow[]> {
      return db
        .selectFrom('notification')
        .selectAll()
        .where('account_id', '=', accountId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
    },

    async unreadCount(accountId: string): Promise<number> {
      const row = await db
        .selectFrom('notification')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('account_id', '=', accountId)
        .where('read_at', 'is', null)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** Marks one read; false when the account has no such notification. */
    async markRead(accountId: string, id: string, at: string): Promise<boolean> {
      const found = await db
        .selectFrom('notification')
        .select('id')
        .where('account_id', '=', accountId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!found) return false;
      await db
        .updateTable('notification')
        .set({ read_at: at })
        .where('account_id', '=', accountId)
        .where('id', '=', id)
        .where('read_at', 'is', null)
        .execute();
      return true;
    },

    async markAllRead(accountId: string, at: string): Promise<void> {
      await db
        .updateTable('notification')
        .set({ read_at: at })
        .where('account_id', '=', accountId)
        .where('read_at', 'is', null)
        .execute();
    },

    settings(accountId: string): Promise<NotificationSettingTable[]> {
      return db
        .selectFrom('notification_setting')
        .selectAll()
        .where('account_id', '=', accountId)
        .execute();
    },

    async saveSettings(accountId: string, rows: NotificationSettingTable[]): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('notification_setting').where('account_id', '=', accountId).execute();
        await trx.insertInto('notification_setting').values(rows).execute();
      });
    },

    /** Emails not sent, not given up on and due by `now`, oldest first. */
    dueEmails(now: string, limit: number): Promise<EmailRow[]> {
      return db
        .selectFrom('email_outbox')
        .selectAll()
        .where('sent_at', 'is', null)
        .where('failed_at', 'is', null)
        .where('next_attempt_at', '<=', now)
        .orderBy('next_attempt_at')
        .orderBy('id')
        .limit(limit)
        .execute();
    },

    /**
     * Takes one try of an email: counts it and sets when the next may start. Only one server
     * process wins a given try (the attempts it saw must still be there).
     */
    async claim(row: EmailRow, nextAttemptAt: string): Promise<boolean> {
      const result = await db
        .updateTable('email_outbox')
        .set({ attempts: row.attempts + 1, next_attempt_at: nextAttemptAt })
        .where('id', '=', row.id)
        .where('attempts', '=', row.attempts)
        .where('sent_at', 'is', null)
        .where('failed_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async markSent(id: string, at: string): Promise<void> {
      await db.updateTable('email_outbox').set({ sent_at: at }).where('id', '=', id).execute();
    },

    async markFailedTry(id: string, error: string, givenUpAt: string | null): Promise<void> {
      await db
        .updateTable('email_outbox')
        .set({ last_error: error, failed_at: givenUpAt })
        .where('id', '=', id)
        .execute();
    },
  };
}

export type NotificationRepo = ReturnType<typeof createNotificationRepo>;
