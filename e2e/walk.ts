// The walk over every page (every-page.ts): how it chooses a language (walkIn), signing in and
// writing through the API as the web app does, and what is checked on each page it stops at.
import { setTimeout as sleep } from 'node:timers/promises';
import type { APIRequestContext, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { base32Decode, hotp, totpStep } from '../src/domain/auth/totp.ts';
import { directionOf, type LanguageCode } from '../src/domain/i18n/languages.ts';
import { nodeHmac } from '../src/server/features/second-factor/hmac.ts';
import { accessibilityViolations } from './support.ts';

/**
 * A language the walk runs in: its code (what `<html lang>` must say), its direction, and how it
 * is chosen for a browser context before its first page, as a person's choice is kept.
 */
export type WalkLocale = {
  tag: LanguageCode;
  dir: 'ltr' | 'rtl';
  /** `api` is the signed-in account's, or null for a visitor who is signed out. */
  choose(context: BrowserContext, api: Api | null): Promise<void>;
};

/**
 * Where the web app keeps the language chosen on a device (LANGUAGE_ON_DEVICE in
 * src/web/lib/language-start.ts, a module that starts the language as it loads, so not imported
 * here). Should it change, every page's `<html lang>` check in another language says so.
 */
const LANGUAGE_ON_DEVICE = 'waymark.language';

/**
 * The walk in `code`: chosen as on the language menu, kept on the device before any page opens
 * and, when signed in, on the account (which the app follows when a session starts).
 */
export function walkIn(code: LanguageCode): WalkLocale {
  return {
    tag: code,
    dir: directionOf(code),
    async choose(context, api) {
      await context.addInitScript(
        ({ key, language }) => {
          try {
            localStorage.setItem(key, language);
          } catch {
            // A page with no storage of its own (about:blank): nothing to keep.
          }
        },
        { key: LANGUAGE_ON_DEVICE, language: code },
      );
      if (api) await api.send('PUT', '/api/account/language', { language: code });
    },
  };
}

/** The narrowest width pages must fit without scrolling sideways (WCAG 1.4.10, reflow). */
export const NARROW = { width: 320, height: 640 } as const;
export const WIDE = { width: 1280, height: 800 } as const;

/** One page of the walk: the route pattern it stands for, its address, its h1 in en-GB. */
export type Stop = { route: string; path: string; heading: string | RegExp };

export type Api = {
  accountId: string;
  /** `version`, when given, is sent as If-Match (a versioned write). */
  send(method: string, path: string, body?: unknown, version?: number): Promise<unknown>;
};

/**
 * Signs the browser context in through the API (the session cookie becomes the context's), and
 * answers a way to write and read as that account, with its CSRF token.
 */
/** The code an authenticator app given this base32 secret shows now (RFC 6238). */
export function totpCode(secret: string, at: Date = new Date()): string {
  const bytes = base32Decode(secret);
  if (!bytes) throw new Error('not a base32 secret');
  return hotp(nodeHmac, bytes, totpStep(at));
}

/** The last time step each secret's code was used in this run: a code works only once. */
const usedSteps = new Map<string, number>();

/**
 * A code for this secret that has not been used yet: waits for the next 30-second step when
 * this one's code was used already (as a person would wait for their app's next code).
 */
export async function freshTotpCode(secret: string): Promise<string> {
  const last = usedSteps.get(secret);
  if (last !== undefined && totpStep(new Date()) <= last)
    await sleep((last + 1) * 30_000 - Date.now() + 500);
  usedSteps.set(secret, totpStep(new Date()));
  return totpCode(secret);
}

export async function signInContext(
  context: BrowserContext,
  url: string,
  credentials: { email: string; password: string; totpSecret?: string },
): Promise<Api> {
  const { totpSecret, ...data } = credentials;
  let answer = await context.request.post(`${url}/api/auth/sign-in`, { data });
  if (!answer.ok()) throw new Error(`Signing in answered ${answer.status()}`);
  // Two-step sign-in on (staff must have it, decision 0039): the code from the secret.
  if (((await answer.json()) as { secondFactorRequired?: boolean }).secondFactorRequired) {
    if (!totpSecret) throw new Error('Two-step sign-in is on, and no secret was given');
    answer = await context.request.post(`${url}/api/auth/second-factor`, {
      data: { code: await freshTotpCode(totpSecret) },
    });
    if (!answer.ok()) throw new Error(`The second step answered ${answer.status()}`);
  }
  const session = (await answer.json()) as { account: { id: string }; csrfToken: string };
  return apiFor(context.request, url, session.csrfToken, session.account.id);
}

function apiFor(request: APIRequestContext, url: string, csrf: string, accountId: string): Api {
  return {
    accountId,
    async send(method, path, body, version) {
      const headers: Record<string, string> = method === 'GET' ? {} : { 'x-csrf-token': csrf };
      if (version !== undefined) headers['if-match'] = `W/"${version}"`;
      const answer = await request.fetch(`${url}${path}`, { method, headers, data: body });
      if (!answer.ok())
        throw new Error(`${method} ${path} answered ${answer.status()}: ${await answer.text()}`);
      return answer.status() === 204 ? null : answer.json();
    },
  };
}

/**
 * Counts the page's requests still waiting for an answer, so the walk knows when a page has
 * fetched its code and data (Playwright's "networkidle" is only for a document's first load).
 */
function requestsInFlight(page: Page) {
  let waiting = 0;
  let lastChange = Date.now();
  const change = (by: number) => () => {
    waiting += by;
    lastChange = Date.now();
  };
  page.on('request', change(1));
  page.on('requestfinished', change(-1));
  page.on('requestfailed', change(-1));
  return async function quiet(forMs = 300, timeoutMs = 15_000): Promise<void> {
    const give = Date.now() + timeoutMs;
    while (waiting > 0 || Date.now() - lastChange < forMs) {
      if (Date.now() > give) throw new Error(`${waiting} requests still unanswered`);
      await sleep(50);
    }
  };
}

/** What is wider than the window: by how much, and the outermost elements that stick out. */
function sidewaysOverflow(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const over = root.scrollWidth - root.clientWidth;
    if (over <= 0) return null;
    // Right to left, what overflows sticks out on the left.
    const sticksOut = (element: Element | null) => {
      if (element === null) return false;
      const box = element.getBoundingClientRect();
      return box.right > root.clientWidth + 0.5 || box.left < -0.5;
    };
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((element) => sticksOut(element) && !sticksOut(element.parentElement))
      .slice(0, 5)
      .map((element) => [element.tagName.toLowerCase(), ...element.classList].join('.'));
    return { over, culprits };
  });
}

/**
 * A page that walks from stop to stop: the first is opened by its address, the rest as a link
 * in the app would open them (the router follows history.pushState), so the app's code, the
 * session and axe-core load once. Each stop is checked by `check`.
 */
export function walker(page: Page, url: string, locale: WalkLocale) {
  const quiet = requestsInFlight(page);
  let opened = false;
  let notFoundHeading: string | null = null;

  async function open(stop: Stop): Promise<void> {
    if (!opened) {
      await page.goto(`${url}${stop.path}`);
      opened = true;
    } else {
      // Mark the heading on screen, so the wait below is for the next page's.
      await page.evaluate(() => {
        for (const heading of document.querySelectorAll('h1')) heading.dataset.walked = '';
      });
      await page.evaluate((path) => window.history.pushState(null, '', path), stop.path);
      expect(await page.evaluate(() => window.location.pathname)).toBe(stop.path);
    }
    await page.locator('h1:not([data-walked])').first().waitFor();
    await quiet();
    await page.locator('.loading').first().waitFor({ state: 'detached' });
  }

  /**
   * Opens `stop` and checks it: the page is itself (its heading, no failure shown, the language
   * and direction set), axe-core finds nothing against WCAG 2.2 AA, and nothing scrolls sideways
   * at 320 px. `wide` checks the wide layout with axe-core as well.
   */
  async function check(stop: Stop, { wide = false } = {}): Promise<void> {
    const where = `${stop.path} (${stop.route}, ${locale.tag})`;
    await page.setViewportSize(NARROW);
    await open(stop);
    const heading = ((await page.locator('h1').first().textContent()) ?? '').trim();
    expect(heading, `the heading of ${where}`).not.toBe('');
    if (locale.tag === 'en-GB')
      expect(heading, `the heading of ${where}`).toMatch(whole(stop.heading));
    if (stop.route.endsWith('/*')) notFoundHeading ??= heading;
    else if (notFoundHeading !== null)
      expect(heading, `${where} is not "page not found"`).not.toBe(notFoundHeading);
    expect(await page.locator('.problem').count(), `a failure shown on ${where}`).toBe(0);
    const langAndDir = await page.evaluate(() => [
      document.documentElement.lang,
      document.documentElement.dir || 'ltr',
    ]);
    expect(langAndDir, `the language of ${where}`).toEqual([locale.tag, locale.dir]);

    expect(await sidewaysOverflow(page), `sideways scrolling on ${where} at 320 px`).toBeNull();
    expect(await accessibilityViolations(page), `axe-core on ${where} at 320 px`).toEqual([]);
    if (wide) {
      await page.setViewportSize(WIDE);
      expect(await accessibilityViolations(page), `axe-core on ${where}, wide`).toEqual([]);
    }
  }

  return { check };
}

const whole = (heading: string | RegExp) =>
  typeof heading === 'string'
    ? new RegExp(`^${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)
    : heading;
