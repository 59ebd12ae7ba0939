// Quick exit (decision 0019): leave Waymark for a neutral site at once, for someone whose
// screen may be seen by another person. The page is emptied first, so a slow network never
// shows the record while the neutral site loads, and the exit replaces history entries rather
// than adding one, so Back does not bring the record back. The session is kept on purpose.
import '../../domain/i18n/history.messages.ts';
import { setCsrfToken } from './api.ts';

/** The server puts the configured address in this meta tag of the app page (web-app.ts). */
const META_NAME = 'waymark-quick-exit';
/** Used when the page has no tag (a copy kept from before the setting existed). */
export const FALLBACK_EXIT_URL = 'https://www.bbc.co.uk/weather';
/** Set while stepping back to Waymark's first history entry; read by the page found there. */
const EXITING_KEY = 'waymark.quickExit';
/** How many in-app pages deep the current history entry is, kept in `history.state`. */
const DEPTH_KEY = 'waymarkDepth';
/** Three presses of Shift within this long exit; another key in between starts again. */
export const SHIFT_WINDOW_MS = 1000;

/** How the page leaves; tests swap these, as jsdom cannot navigate. */
export const leaving = {
  replace: (url: string) => window.location.replace(url),
  back: (steps: number) => window.history.go(-steps),
};

export function quickExitUrl(): string {
  const value = document.querySelector<HTMLMetaElement>(`meta[name="${META_NAME}"]`)?.content;
  if (value && URL.canParse(value)) {
    const url = new URL(value);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
  }
  return FALLBACK_EXIT_URL;
}

function depthOf(state: unknown): number {
  const depth = (state as Record<string, unknown> | null)?.[DEPTH_KEY];
  return typeof depth === 'number' && Number.isInteger(depth) && depth > 0 ? depth : 0;
}

let exiting = false;

/** True once the page is leaving by quick exit: nothing may hold it back (not even unsaved words). */
export function isQuickExiting(): boolean {
  return exiting;
}

function blankThePage(): void {
  exiting = true;
  document.title = '';
  document.body.replaceChildren();
  // Nothing that could act for the person stays in this page's memory. The session cookie is
  // kept: signing out is not what someone in a hurry asked for, and they may need to come back.
  setCsrfToken(null);
}

function sessionStore(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/**
 * Empties the page and replaces it with the neutral site. When the person moved through
 * several pages, it first steps back to the first of them, so all of those entries sit
 * after the neutral site (forward, not back) and Back goes to where they were before Waymark.
 */
export function quickExit(url = quickExitUrl()): void {
  blankThePage();
  const steps = depthOf(window.history.state);
  if (steps === 0) {
    leaving.replace(url);
    return;
  }
  sessionStore()?.setItem(EXITING_KEY, url);
  let fallback: ReturnType<typeof setTimeout> | undefined;
  const leave = () => {
    window.removeEventListener('popstate', leave);
    clearTimeout(fallback);
    sessionStore()?.removeItem(EXITING_KEY);
    leaving.replace(url);
  };
  window.addEventListener('popstate', leave);
  // If the step back never lands (a browser that refuses it), leave from where we are.
  fallback = setTimeout(leave, 400);
  leaving.back(steps);
}

/**
 * Runs before the app renders. Numbers each in-app history entry, so a quick exit knows how
 * far back Waymark's entries go, and finishes an exit that stepped back into a page that had
 * to be loaded again (or was restored from the browser's back-forward cache).
 */
export function installQuickExit(): void {
  const finishExit = () => {
    const store = sessionStore();
    const url = store?.getItem(EXITING_KEY);
    if (!url) return false;
    store?.removeItem(EXITING_KEY);
    blankThePage();
    leaving.replace(url);
    return true;
  };
  if (finishExit()) return;
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) finishExit();
  });

  const { history } = window;
  const withDepth = (state: unknown, depth: number) => ({
    ...(state && typeof state === 'object' ? state : {}),
    [DEPTH_KEY]: depth,
  });
  if (!(history.state && DEPTH_KEY in Object(history.state)))
    history.replaceState(withDepth(history.state, 0), '');
  const push = history.pushState.bind(history);
  const replace = history.replaceState.bind(history);
  history.pushState = (state, title, url) =>
    push(withDepth(state, depthOf(history.state) + 1), title, url);
  history.replaceState = (state, title, url) =>
    replace(withDepth(state, depthOf(history.state)), title, url);
}

/**
 * Counts presses of Shift on their own. A letter typed with Shift (a capital) or any other
 * key starts the count again, so typing never exits; holding Shift down counts once.
 * `onCount` hears each count (1, 2) so it can be announced; at 3 `onExit` runs.
 */
export function shiftPresses(
  onExit: () => void,
  onCount: (count: number) => void = () => {},
  now: () => number = () => performance.now(),
): (event: KeyboardEvent) => void {
  let presses: number[] = [];
  return (event) => {
    if (event.key !== 'Shift') {
      if (presses.length > 0) onCount(0);
      presses = [];
      return;
    }
    if (event.repeat) return;
    const at = now();
    presses = [...presses.filter((p) => at - p < SHIFT_WINDOW_MS), at];
    if (presses.length >= 3) {
      presses = [];
      onExit();
    } else onCount(presses.length);
  };
}
