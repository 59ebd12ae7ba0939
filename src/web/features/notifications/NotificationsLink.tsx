// The "Notifications" link in the navigation with the number not yet read. Part of the app shell
// (its words are the core's), so the navigation has all its links from the first paint and does
// not grow, and push the page down, when one arrives; kept to a few lines with no schema library.
// The count is asked for once the first page is on screen (decision 0057), then again on each
// page change.
import { useEffect, useState } from 'preact/hooks';
import { Link, useLocation } from 'wouter-preact';
import { t } from '../../../domain/i18n/translate.ts';
import { request } from '../../lib/api.ts';
import { whenPageShown } from '../../lib/lazy.tsx';

export function NotificationsLink() {
  const [location] = useLocation();
  const [unread, setUnread] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    const askLater = whenPageShown(() =>
      request<{ unread?: unknown } | null>('GET', '/notifications/unread', {
        signal: controller.signal,
      }).then(
        // A page change can cut the answer off half read (no body): keep the count as it was.
        (body) => {
          if (!controller.signal.aborted && typeof body?.unread === 'number')
            setUnread(body.unread);
        },
        // The count is a nicety: without it the link still leads to the list.
        () => undefined,
      ),
    );
    return () => {
      askLater();
      controller.abort();
    };
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
