import '../../domain/i18n/unreadable.messages.ts';
import type { ComponentChildren } from 'preact';
import { Link } from 'wouter-preact';
import { t } from '../../domain/i18n/translate.ts';
import type { Resource } from '../lib/resource.ts';

type Props<T> = {
  resource: Resource<T>;
  /** Rendered once the data is here; `empty` says whether there is anything in it yet. */
  children: (data: T, empty: boolean) => ComponentChildren;
  /** The page with earlier versions of what loads here, offered when its words cannot be read. */
  historyHref?: string;
  /**
   * Shown while loading instead of the plain "Loading…": for a part that is followed by more of
   * the page, a placeholder of the loaded part's usual size keeps what follows from jumping.
   */
  placeholder?: ComponentChildren;
};

/** Shows "Loading…", a failure with "Try again", or the page's content. */
export function Loaded<T>({ resource, children, historyHref, placeholder }: Props<T>) {
  const { state } = resource;
  if (state.status === 'loading' && placeholder) return <>{placeholder}</>;
  if (state.status === 'loading') {
    return (
      <p class="loading" role="status">
        {t('app.loading')}
      </p>
    );
  }
  if (state.status === 'error' && state.error.code === 'WM_RECORD_ITEM_UNREADABLE') {
    // Damaged words: trying again will not help, an earlier version will (decision 0016).
    return (
      <div class="problem" role="alert">
        <p>{state.error.message}</p>
        {historyHref && (
          <p>
            <Link href={historyHref}>{t('unreadable.openHistory')}</Link>
          </p>
        )}
      </div>
    );
  }
  if (state.status === 'error') {
    // Saved by a newer Waymark: its own message says to try again in a few minutes.
    const tooNew = state.error.code === 'WM_RECORD_ITEM_TOO_NEW';
    const notFound = state.error.status === 404;
    return (
      <div class="problem" role="alert">
        <p>
          {notFound ? t('error.WM_NOT_FOUND') : tooNew ? state.error.message : t('app.loadFailed')}
        </p>
        {notFound ? (
          <p>
            <Link href="/">{t('app.backHome')}</Link>
          </p>
        ) : (
          <button type="button" class="button button--secondary" onClick={resource.retry}>
            {t('app.tryAgain')}
          </button>
        )}
      </div>
    );
  }
  return <>{children(state.data, state.status === 'empty')}</>;
}
