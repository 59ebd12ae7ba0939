// Quick exit in a real browser: "Exit this page" and Shift pressed three times leave Waymark
// for the neutral site, and Back then does not show the record. The neutral site is a page
// served here on 127.0.0.1, so the test needs no outside network.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectPage, navigate, welcomePage } from './pages.ts';
import {
  expectAccessible,
  hasBrowser,
  launchBrowser,
  type NeutralSite,
  type RunningServer,
  startNeutralSite,
  startServer,
} from './support.ts';

const STEP_TIMEOUT = 240_000;

describe.skipIf(!hasBrowser)('Quick exit in the browser', { timeout: STEP_TIMEOUT }, () => {
  let neutral: NeutralSite;
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    neutral = await startNeutralSite('Weather');
    server = await startServer({ QUICK_EXIT_URL: neutral.url });
    browser = await launchBrowser();
    // Phone width: the button must fit without covering anything.
    context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
    await neutral?.close();
  });

  const onWaymark = () => page.url().startsWith(server.url);

  it('"Exit this page" leaves for the neutral site, and Back does not return to the record', async () => {
    await page.goto(`${server.url}/sign-up`);
    await expectPage(page, 'Create your Waymark account');
    await page.getByLabel('Your name').fill('Robin');
    await page.getByLabel('Email address').fill(`robin.${Date.now()}@example.test`);
    await page.getByLabel('Password').fill('apple kettle river lamp');
    await page.getByRole('button', { name: 'Create account' }).click();
    await welcomePage.skip(page);
    await navigate(page, 'Journal', 'Journal');
    await expectAccessible(page, 'the journal with "Exit this page" at 320 px');
    const sideways = await page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
    expect(sideways).toBe(false);

    await page.getByRole('button', { name: 'Exit this page' }).click();
    await page.waitForURL(neutral.url);
    await expectPage(page, 'Weather');

    // Back goes to where the browser was before Waymark, not to any Waymark page.
    await page.goBack();
    expect(onWaymark()).toBe(false);
    expect(await page.getByRole('heading', { name: /^Journal$|My recovery/ }).count()).toBe(0);
  });

  it('Shift pressed three times does the same, and the person is still signed in', async () => {
    await page.goto(`${server.url}/journal`);
    await expectPage(page, 'Journal');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.waitForURL(neutral.url);
    await page.goBack();
    expect(onWaymark()).toBe(false);

    // Coming back on purpose: not signed out.
    await page.goto(`${server.url}/journal`);
    await expectPage(page, 'Journal');
  });
});
