// End-to-end support: starts a real Waymark server on a fresh SQLite file and drives
// Debian's Chromium through playwright-core. When Chromium is missing the browser suite is
// skipped with a message, unless WAYMARK_REQUIRE_BROWSER=1 (as in CI), when it fails.
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { AxeResults, RunOptions } from 'axe-core';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { startServerProcess } from '../src/server/test/server-process.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasBrowser = fs.existsSync(CHROMIUM);
if (!hasBrowser && process.env.WAYMARK_REQUIRE_BROWSER === '1') {
  throw new Error(
    `The browser suite is required (WAYMARK_REQUIRE_BROWSER=1) but ${CHROMIUM} is missing`,
  );
}
if (!hasBrowser)
  console.warn(
    `\n  SKIPPING browser tests: ${CHROMIUM} not found (apt-get install -y chromium).\n`,
  );

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}

/**
 * Pages for several people, each in a browser context of its own (no shared cookies), from
 * the browser `browser()` returns when asked; `closeAll` closes every context opened.
 */
export function separateContexts(browser: () => Browser) {
  const contexts: BrowserContext[] = [];
  return {
    async newPage(): Promise<{ context: BrowserContext; page: Page }> {
      const context = await browser().newContext();
      contexts.push(context);
      return { context, page: await context.newPage() };
    },
    async closeAll(): Promise<void> {
      for (const context of contexts) await context.close();
    },
  };
}

/**
 * For one describe block: a server (with `settings()` as its environment, asked for when the
 * block starts) and a browser, each person in a context of their own. Starts them before the
 * block's tests and closes everything after; `url` is the server's address once started.
 */
export function serverAndPeople(settings: () => Record<string, string> = () => ({})) {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const { newPage, closeAll } = separateContexts(() => browser as Browser);
  beforeAll(async () => {
    server = await startServer(settings());
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await closeAll();
    await browser?.close();
    await server?.stop();
  });
  return {
    newPage,
    get url(): string {
      if (!server) throw new Error('The server has not started yet');
      return server.url;
    },
  };
}

export type NeutralSite = { url: string; close(): Promise<void> };

/**
 * A neutral page served on 127.0.0.1 (an h1 saying `title`, at /<title in lower case>) for
 * QUICK_EXIT_URL, so the quick exit can be followed without outside network.
 */
export function startNeutralSite(title: string): Promise<NeutralSite> {
  const site = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="en"><title>${title}</title><h1>${title}</h1></html>`);
  });
  return new Promise((resolve) => {
    site.listen(0, '127.0.0.1', () => {
      const { port } = site.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}/${title.toLowerCase()}`,
        close: () => new Promise((done) => site.close(() => done())),
      });
    });
  });
}

export type RunningServer = {
  url: string;
  /** Its data folder, for an operator's command on the same database. */
  dataDir: string;
  stop(): Promise<void>;
  output(): string;
};

/** Starts `node src/server/main.ts` on a free port with its own data folder. Needs `npm run build` first. */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-e2e-'));
  const server = await startServerProcess({ DATA_DIR: dataDir, ...env });
  return {
    url: server.url,
    dataDir,
    output: server.output,
    stop: async () => {
      if (server.child.exitCode === null) {
        const exited = new Promise((resolve) => server.child.once('exit', resolve));
        server.child.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The axe-core rules Waymark must pass: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const AXE_SOURCE = fs.readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * Runs axe-core (WCAG_22_AA) on the page and returns the violations. axe-core goes into the
 * page once per document (a string evaluated through the DevTools protocol, which the page's
 * CSP does not stop) and is run there directly: `@axe-core/playwright` ran it several times
 * slower, re-sending the 550 KB script and finishing each run in a new blank page (decision 0035).
 * Waymark's pages have no frames, so one run over the document sees everything.
 */
export async function accessibilityViolations(page: Page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const options: RunOptions = {
    runOnly: { type: 'tag', values: WCAG_22_AA },
    resultTypes: ['violations'],
  };
  const result = await page.evaluate(
    (runOptions) =>
      (window as unknown as { axe: { run(c: Document, o: RunOptions): Promise<AxeResults> } }).axe
        .run(document, runOptions)
        .then(({ violations }) => violations),
    options,
  );
  return result.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => n.target.join(' ')),
  }));
}

/** Fails the test with axe-core's violations on the page, naming where it was. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const violations = await accessibilityViolations(page);
  expect(violations, `axe-core violations on ${where}`).toEqual([]);
}

/**
 * Collects what the browser reports: script errors and blocked content (CSP), leaving out
 * console errors matching `expected` (by default the 401 of the session check when signed out).
 */
export function watchForProblems(page: Page, expected: RegExp[] = [/status of 401/]): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && !expected.some((pattern) => pattern.test(text)))
      problems.push(text);
  });
  return problems;
}
