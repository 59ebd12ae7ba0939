// Route-level code splitting: each page's code is fetched the first time it is needed, so the
// first load carries only the app shell.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../domain/i18n/translate.ts';

export function lazyPage<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  let Page: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;

  return function LazyPage(props: P) {
    const [, setLoaded] = useState(Page !== null);
    const [failed, setFailed] = useState(false);
    const [attempt, setAttempt] = useState(0);

    useEffect(() => {
      if (Page) return;
      let live = true;
      loading ??= load();
      loading.then(
        (component) => {
          Page = component;
          if (live) setLoaded(true);
        },
        () => {
          loading = null;
          if (live) setFailed(true);
        },
      );
      return () => {
        live = false;
      };
    }, [attempt]);

    if (Page) return <Page {...props} />;
    if (failed) {
      return (
        <div class="problem" role="alert">
          <p>{t('app.loadFailed')}</p>
          <button
            type="button"
            class="button button--secondary"
            onClick={() => {
              setFailed(false);
              setAttempt((n) => n + 1);
            }}
          >
            {t('app.tryAgain')}
          </button>
        </div>
      );
    }
    return (
      <p class="loading" role="status">
        {t('app.loading')}
      </p>
    );
  };
}

/**
 * A part of a page that is not needed at once, such as the warning before the session times
 * out: nothing until its code arrives, and nothing if the code cannot be fetched.
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  let Part: ComponentType<P> | null = null;
  return function LazyPart(props: P) {
    const [, setLoaded] = useState(Part !== null);
    useEffect(() => {
      if (Part) return;
      let live = true;
      load().then(
        (component) => {
          Part = component;
          if (live) setLoaded(true);
        },
        () => undefined,
      );
      return () => {
        live = false;
      };
    }, []);
    return Part ? <Part {...props} /> : null;
  };
}
