// The "Notifications" link in the navigation with the number not yet read. Loaded after the
// page (lib/lazy.tsx lazyPart) and kept to a few lines with no schema library, because the
// navigation is on every page's first load; the count is asked again on each page change.
import '../../../domain/i18n/notifications.messages.ts';
import { useEffect, useState } from 'preact/hooks';
import { Link, useLocation } from 'wouter-preact';
import { t } from '../../../domain/i18n/translate.ts';
import { request } from '../../lib/api.ts';

export function NotificationsLink() {
  const [location] = useLocation();
  const [unread, setUnread] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    request<{ unread?: unknown } | null>('GET', '/notifications/unread', {
      signal: controller.signal,
    }).then(
      // A page change can cut the answer off half read (no body): keep the count as it was.
      (body) => {
        if (!controller.signal.aborted && typeof body?.unread === 'number') setUnread(body.unread);
      },
      // The count is a nicety: without it the link still leads to the list.
      () => undefined,
    );
    return () => controller.abort();
  }, [location]);
  return (
    <li>
      <Link
        href="/notifications"
        class="nav__link"
        aria-current={location.startsWith('/notifications') ? 'page' : undefined}
        aria-label={unread > 0 ? t('notifications.linkUnread', { count: unread }) : undefined}
      >
        {t('notifications.link')}
        {unread > 0 && <span aria-hidden="true"> ({unread})</span>}
      </Link>
    </li>
  );
}
