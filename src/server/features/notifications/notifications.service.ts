// Notifications: other features call `notify` inside their own transaction, so a notification
// and its email exist exactly when the change that caused them does, then `sendSoon` after the
// commit. Each says who did something and links to it, never record content (decision 0031).
// Emails wait in an outbox: they are sent after the commit and never hold up a request; a
// failed try is logged and tried again later, up to MAX_EMAIL_ATTEMPTS, then recorded as given
// up, so nothing is lost silently.
import '../../../domain/i18n/notifications.messages.ts';
import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { notFound } from '../../../domain/errors.ts';
import { t } from '../../../domain/i18n/translate.ts';
import {
  DEFAULT_NOTIFICATION_CHOICE,
  NOTIFICATION_KINDS,
  NOTIFICATION_LIST_LIMIT,
  type Notification,
  type NotificationKind,
  type NotificationList,
  type NotificationSettings,
} from '../../../domain/notifications/notifications.schema.ts';
import { inAccountLanguage } from '../../http/language.ts';
import type { Clock } from '../record/record.service.ts';
import type { Mailer } from './mailer.ts';
import type {
  EmailRow,
  Executor,
  NotificationRepo,
  NotificationRow,
} from './notifications.repo.ts';

export type NotifyInput = {
  recipientAccountId: string;
  kind: NotificationKind;
  /** Who did it, as the recipient knows them. */
  actorName: string;
  aboutPersonId?: string | null;
  /** A path in the web app ("/sharing"), never carrying record content. */
  link: string;
};

/** Tries of one email before it is recorded as given up. */
export const MAX_EMAIL_ATTEMPTS = 5;
/** Minutes before the next try, after each failed one. */
const RETRY_AFTER_MINUTES = [1, 5, 30, 120];
const EMAILS_PER_RUN = 20;

const toNotification = (row: NotificationRow): Notification => ({
  id: row.id,
  kind: row.kind as NotificationKind,
  actorName: row.actor_name,
  aboutPersonId: row.about_person_id,
  link: row.link,
  createdAt: row.created_at,
  readAt: row.read_at,
});

/** What a notification says: who, and what kind of thing; the same words in the app and email. */
export function notificationWords(kind: NotificationKind, actorName: string): string {
  return t(`notifications.kind.${kind}`, { name: actorName });
}

export function createNotificationService(deps: {
  repo: NotificationRepo;
  mailer: Mailer;
  clock: Clock;
  /** The address people open (PUBLIC_URL), for the link in an email. */
  publicOrigin: string;
  log: FastifyBaseLogger;
}) {
  const { repo, mailer, clock, publicOrigin, log } = deps;
  let running: Promise<void> | null = null;
  let again = false;

  async function sendOne(row: EmailRow): Promise<void> {
    const now = clock();
    const wait = RETRY_AFTER_MINUTES[Math.min(row.attempts, RETRY_AFTER_MINUTES.length - 1)] ?? 1;
    if (!(await repo.claim(row, new Date(now.getTime() + wait * 60_000).toISOString()))) return;
    try {
      await mailer.send({ to: row.to_address, subject: row.subject, text: row.body });
      await repo.markSent(row.id, clock().toISOString());
    } catch (error) {
      const attempt = row.attempts + 1;
      const givenUp = attempt >= MAX_EMAIL_ATTEMPTS;
      const reason = (error as Error).message?.slice(0, 500) ?? 'unknown';
      await repo.markFailedTry(row.id, reason, givenUp ? clock().toISOString() : null);
      // The error's words only: they name the server, never the message's text.
      log[givenUp ? 'error' : 'warn'](
        { email: { id: row.id, attempt }, err: { type: (error as Error).name, message: reason } },
        givenUp
          ? 'an email could not be sent and was given up after its last try'
          : 'an email could not be sent; it will be tried again',
      );
    }
  }

  async function drain(): Promise<void> {
    for (const row of await repo.dueEmails(clock().toISOString(), EMAILS_PER_RUN)) {
      await sendOne(row);
    }
  }

  /** Sends what is due; one run at a time, and one more if asked meanwhile. */
  function sendPending(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await drain();
        } while (again);
      } finally {
        running = null;
      }
    })();
    return running;
  }

  return {
    /**
     * Records a notification for its recipient, as they chose: in the app, by email, both or
     * neither. Call it inside the transaction of the change it is about, then `sendSoon`.
     */
    async notify(executor: Executor, input: NotifyInput): Promise<void> {
      const chosen = await repo.choice(executor, input.recipientAccountId, input.kind);
      const inApp = chosen ? Number(chosen.in_app) === 1 : DEFAULT_NOTIFICATION_CHOICE.inApp;
      const email = chosen ? Number(chosen.email) === 1 : DEFAULT_NOTIFICATION_CHOICE.email;
      const at = clock().toISOString();
      if (inApp) {
        await repo.insert(executor, {
          account_id: input.recipientAccountId,
          id: randomUUID(),
          kind: input.kind,
          actor_name: input.actorName,
          about_person_id: input.aboutPersonId ?? null,
          link: input.link,
          created_at: at,
          read_at: null,
        });
      }
      if (!email) return;
      const recipient = await repo.recipient(executor, input.recipientAccountId);
      if (!recipient) return;
      // In the recipient's language, not that of whoever's request caused it.
      const { subject, body } = inAccountLanguage(recipient.language, () => {
        const what = notificationWords(input.kind, input.actorName);
        const link = new URL(input.link, publicOrigin).href;
        return {
          subject: t('notifications.email.subject', { what }),
          body: t('notifications.email.body', { what, link }),
        };
      });
      await repo.insertEmail(executor, {
        id: randomUUID(),
        account_id: input.recipientAccountId,
        to_address: recipient.email,
        subject,
        body,
        created_at: at,
        attempts: 0,
        next_attempt_at: at,
        sent_at: null,
        failed_at: null,
        last_error: null,
      });
    },

    /** After a commit: sends waiting emails without holding up the caller. */
    sendSoon(): void {
      setImmediate(() => {
        sendPending().catch((error: Error) =>
          log.error({ err: { type: error.name } }, 'sending waiting emails failed'),
        );
      });
    },

    sendPending,

    async list(accountId: string): Promise<NotificationList> {
      const [rows, unread] = await Promise.all([
        repo.list(accountId, NOTIFICATION_LIST_LIMIT),
        repo.unreadCount(accountId),
      ]);
      return { items: rows.map(toNotification), unread };
    },

    unreadCount: (accountId: string) => repo.unreadCount(accountId),

    async markRead(accountId: string, id: string): Promise<void> {
      if (!(await repo.markRead(accountId, id, clock().toISOString()))) throw notFound();
    },

    markAllRead: (accountId: string) => repo.markAllRead(accountId, clock().toISOString()),

    async settings(accountId: string): Promise<NotificationSettings> {
      const saved = new Map((await repo.settings(accountId)).map((row) => [row.kind, row]));
      return Object.fromEntries(
        NOTIFICATION_KINDS.map((kind) => {
          const row = saved.get(kind);
          const choice = row
            ? { inApp: Number(row.in_app) === 1, email: Number(row.email) === 1 }
            : DEFAULT_NOTIFICATION_CHOICE;
          return [kind, choice];
        }),
      ) as NotificationSettings;
    },

    async saveSettings(accountId: string, settings: NotificationSettings): Promise<void> {
      await repo.saveSettings(
        accountId,
        NOTIFICATION_KINDS.map((kind) => ({
          account_id: accountId,
          kind,
          in_app: settings[kind].inApp ? 1 : 0,
          email: settings[kind].email ? 1 : 0,
        })),
      );
    },
  };
}

export type NotificationService = ReturnType<typeof createNotificationService>;
