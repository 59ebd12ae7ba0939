// Route-level code splitting: each page's code is fetched the first time it is needed, so the
// first load carries only the app shell.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../domain/i18n/translate.ts';

/** A page loaded on demand, whose code can be asked for before it is shown. */
export type LazyPage<P extends object> = ComponentType<P> & {
  /** Starts fetching the page's code now (once), so it is ready when the page renders. */
  preload(): void;
};

// The first page drawn in this tab (or, if none is drawn in time, a few seconds after start):
// what a first load is for. Parts that can come later wait for it (`whenPageShown`).
let pageShown: () => void = () => undefined;
const firstPageShown = new Promise<void>((resolve) => {
  pageShown = resolve;
  setTimeout(resolve, 5_000);
});

export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let Page: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;

  function LazyPage(props: P) {
    const [, setLoaded] = useState(Page !== null);
    const [failed, setFailed] = useState(false);
    const [attempt, setAttempt] = useState(0);
    const shown = Page !== null;

    // Runs once the page is on screen (an effect runs after the browser has painted).
    useEffect(() => {
      if (shown) pageShown();
    }, [shown]);

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
  }
  LazyPage.preload = () => {
    if (Page || loading) return;
    loading = load();
    // A failure is shown when the page renders (it asks again then); nothing to do here.
    loading.catch(() => {
      loading = null;
    });
  };
  return LazyPage;
}

/**
 * Runs `work` when the browser has nothing more urgent to do (after the first load's work).
 * Returns a way to call it off, for a part that leaves the page before then.
 */
export function whenIdle(work: () => void): () => void {
  if ('requestIdleCallback' in window) {
    const handle = window.requestIdleCallback(work, { timeout: 5_000 });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = setTimeout(work, 1_000);
  return () => clearTimeout(timer);
}

/**
 * Runs `work` once the first page is on screen and the browser is idle after it: for what a
 * first load can do without (the time-out warning, the notifications link, the service worker),
 * so it never competes with the page's own code, words and data for the six files a phone
 * fetches at a time (decision 0057). Returns a way to call it off.
 */
export function whenPageShown(work: () => void): () => void {
  let live = true;
  let cancel = () => {
    live = false;
  };
  firstPageShown.then(() => {
    if (live) cancel = whenIdle(work);
  });
  return () => cancel();
}

// A part whose code could not be fetched (a dropped connection, a phone between networks) is
// asked for again after these pauses, so a brief gap does not leave the page without it.
export const PART_RETRY_PAUSES_MS = [1_000, 3_000, 9_000];

function loadWithRetries<T>(load: () => Promise<T>, isLive: () => boolean): Promise<T> {
  const attempt = (pausesLeft: number[]): Promise<T> =>
    load().catch((error: unknown) => {
      const [pause, ...rest] = pausesLeft;
      if (pause === undefined || !isLive()) throw error;
      return new Promise<void>((resolve) => setTimeout(resolve, pause)).then(() => {
        if (!isLive()) throw error;
        return attempt(rest);
      });
    });
  return attempt(PART_RETRY_PAUSES_MS);
}

/**
 * A part of a page that is not needed at once, such as the warning before the session times
 * out: nothing until its code arrives, and nothing if the code cannot be fetched after a few
 * tries (`PART_RETRY_PAUSES_MS`). `afterPage`: its code is asked for only once the first page
 * is on screen and the browser is idle (`whenPageShown`), so it never competes with that page's
 * first load (the time-out warning is needed minutes later, not in the first second).
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  { afterPage = false }: { afterPage?: boolean } = {},
): ComponentType<P> {
  let Part: ComponentType<P> | null = null;
  return function LazyPart(props: P) {
    const [, setLoaded] = useState(Part !== null);
    useEffect(() => {
      if (Part) return;
      let live = true;
      const loadPart = () => loadWithRetries(load, () => live);
      const start = afterPage
        ? new Promise<void>((resolve) => whenPageShown(resolve)).then(loadPart)
        : loadPart();
      start.then(
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
