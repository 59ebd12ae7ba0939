// The signed-in account's notifications, newest first: who did what, and a link to it. Never
// any record content (decision 0031). Opening one marks it read.
import '../../../domain/i18n/notifications.messages.ts';
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { formatDateTime, type MessageKey, t } from '../../../domain/i18n/translate.ts';
import type { Notification } from '../../../domain/notifications/notifications.schema.ts';
import { Loaded } from '../../components/Loaded.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { notifications, useNotifications } from './notifications.resource.ts';

export const notificationText = (n: Notification) =>
  t(`notifications.kind.${n.kind}` as MessageKey, { name: n.actorName });

export function NotificationsPage() {
  const list = useNotifications();
  const [problem, setProblem] = useState<string | null>(null);
  const act = async (change: () => Promise<void>) => {
    setProblem(null);
    try {
      await change();
      list.refresh();
    } catch {
      setProblem(t('notifications.loadFailed'));
    }
  };
  return (
    <>
      <PageHeading title={t('notifications.title')} />
      {problem && (
        <p class="problem" role="alert">
          {problem}
        </p>
      )}
      <Loaded resource={list}>
        {(data, empty) =>
          empty ? (
            <p>{t('notifications.empty')}</p>
          ) : (
            <>
              {data.unread > 0 && (
                <p>
                  <button
                    type="button"
                    class="button button--secondary"
                    onClick={() => act(notifications.markAllRead)}
                  >
                    {t('notifications.markAllRead')}
                  </button>
                </p>
              )}
              <ul class="cards">
                {data.items.map((n) => (
                  <li key={n.id} class="card">
                    <p class="card__title">
                      {n.readAt === null && <span class="tag">{t('notifications.new')}</span>}{' '}
                      <Link
                        href={n.link}
                        onClick={() => {
                          if (n.readAt === null) void notifications.markRead(n.id).catch(() => {});
                        }}
                      >
                        {notificationText(n)}
                      </Link>
                    </p>
                    <p class="card__meta">{formatDateTime(n.createdAt)}</p>
                    {n.readAt === null && (
                      <button
                        type="button"
                        class="button button--secondary"
                        onClick={() => act(() => notifications.markRead(n.id))}
                      >
                        {t('notifications.markRead')}
                        <span class="visually-hidden">: {notificationText(n)}</span>
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )
        }
      </Loaded>
    </>
  );
}
