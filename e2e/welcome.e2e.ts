// A new person's first run, in a real browser against a real server: the welcome after sign-up
// (shown once, on whichever device comes first), a starting point chosen from it, or skipping
// it; Settings; and the layouts a phone and a wide screen get. Then the demo person, whose
// record is full. axe-core on the welcome and Settings at 320 px and on a wide screen; on a wide
// screen, a new password signs out the account's other device.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectPage, navigate, type Person, person, signUpPage, welcomePage } from './pages.ts';
import {
  expectAccessible,
  hasBrowser,
  launchBrowser,
  type RunningServer,
  startServer,
  watchForProblems,
} from './support.ts';

// Sign-up hashes a password and axe-core reads every page: generous on a busy machine.
const STEP_TIMEOUT = 240_000;
const PHONE = { width: 320, height: 800 };
const WIDE = { width: 1280, height: 900 };

async function createAccount(page: Page, url: string, who: Person): Promise<void> {
  await signUpPage.open(page, url);
  await page.getByLabel('Your name').fill(who.name);
  await page.getByLabel('Email address').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Create account' }).click();
}

async function signIn(page: Page, url: string, email: string, password: string): Promise<void> {
  await page.goto(`${url}/sign-in`);
  await expectPage(page, 'Sign in to Waymark');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

describe.skipIf(!hasBrowser)('The first run in the browser', { timeout: STEP_TIMEOUT }, () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const newPage = async (viewport: { width: number; height: number }) => {
    const context = await browser.newContext({ viewport });
    contexts.push(context);
    return context.newPage();
  };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it('on a phone: welcomes a new person, who starts with "If things get hard"', async () => {
    const page = await newPage(PHONE);
    const problems = watchForProblems(page);
    await createAccount(page, server.url, person('Robin'));

    await expectPage(page, 'Welcome to Waymark');
    expect(new URL(page.url()).pathname).toBe('/welcome');
    await page
      .getByRole('heading', { name: 'Nobody else can see it unless you share it' })
      .waitFor();
    await expectAccessible(page, 'the welcome at 320 px');
    expect(await scrollsSideways(page)).toBe(false);

    await welcomePage.startWith(page, 'If things get hard');
    await expectPage(page, 'Change my crisis plan');
    // On a phone the form is a short list of parts, the first open to begin with: less than
    // half the length of the whole form with every part open (over 6,000 px).
    await page.getByLabel('Signs that I am in crisis').waitFor();
    const pageHeight = () => page.evaluate(() => document.documentElement.scrollHeight);
    const folded = await pageHeight();
    await page.getByRole('button', { name: 'Open all parts' }).click();
    const whole = await pageHeight();
    expect(whole).toBeGreaterThan(6000);
    expect(folded).toBeLessThan(whole / 2);
    await page.getByRole('button', { name: 'Close all parts' }).click();
    await page.getByRole('button', { name: /^When I am in crisis/ }).click();
    expect(await scrollsSideways(page)).toBe(false);
    await expectAccessible(page, 'the crisis plan form in parts at 320 px');
    await page.getByLabel('Signs that I am in crisis').fill('I stop answering my phone.');
    await page.getByRole('button', { name: /^What helps and what does not/ }).click();
    await page.getByLabel('What helps', { exact: true }).fill('A walk with my brother.');
    await page.getByRole('button', { name: 'Save crisis plan' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Saved at \d\d:\d\d$/ })
      .waitFor();

    // A short plan prints on one page.
    await page.getByRole('link', { name: 'Back to my crisis plan' }).click();
    await expectPage(page, 'My crisis plan');
    await page.getByText('A walk with my brother.').waitFor();
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages).toHaveLength(1);
    await page.emulateMedia({ media: 'screen' });

    // The welcome does not come back: Home opens.
    await navigate(page, 'Home', 'My recovery');
    await page.reload();
    await expectPage(page, 'My recovery');

    // Settings, reached from the navigation.
    await navigate(page, 'Settings', 'Settings');
    await page.getByRole('textbox', { name: 'Your name' }).waitFor();
    await page.getByRole('region', { name: 'Keep my crisis plan on this device' }).waitFor();
    await expectAccessible(page, 'Settings at 320 px');
    expect(await scrollsSideways(page)).toBe(false);

    // The 1 to 7 scale makes two even rows on a phone: four boxes, then three.
    await navigate(page, 'Check in', 'Check in');
    const moodLabels = page
      .getByRole('group', { name: 'Mood', exact: true })
      .locator('.scale__label');
    await moodLabels.nth(6).waitFor();
    const tops = await moodLabels.evaluateAll((labels) =>
      labels.map((label) => Math.round(label.getBoundingClientRect().top)),
    );
    const rows = [...new Set(tops)].map((top) => tops.filter((t) => t === top).length);
    expect(rows).toEqual([4, 3]);
    expect(await scrollsSideways(page)).toBe(false);
    expect(problems).toEqual([]);
  });

  it('on a wide screen: skips the welcome, finds the links in a side list, and is not welcomed again elsewhere', async () => {
    const robin = person('Ash');
    const page = await newPage(WIDE);
    const problems = watchForProblems(page);
    await createAccount(page, server.url, robin);
    await expectPage(page, 'Welcome to Waymark');
    await expectAccessible(page, 'the welcome on a wide screen');
    await welcomePage.skip(page);

    // One column of links beside the page, with Sign out set apart below them.
    const nav = page.getByRole('navigation', { name: 'Main' });
    const navBox = await nav.boundingBox();
    const mainBox = await page.getByRole('main').boundingBox();
    if (!navBox || !mainBox) throw new Error('navigation or main not on screen');
    expect(navBox.x + navBox.width).toBeLessThanOrEqual(mainBox.x + 1);
    const links = await nav
      .getByRole('link')
      .evaluateAll((all) => all.map((link) => link.getBoundingClientRect()));
    expect(new Set(links.map((box) => Math.round(box.left))).size).toBe(1);
    const signOut = await nav.getByRole('button', { name: 'Sign out' }).boundingBox();
    expect(signOut?.y).toBeGreaterThan(Math.max(...links.map((box) => box.top)));
    expect(await nav.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false);

    await navigate(page, 'Settings', 'Settings');
    await page.getByRole('textbox', { name: 'Your name' }).waitFor();
    await page
      .getByRole('region', { name: 'Check-ins' })
      .getByText(/^Reminders:/)
      .waitFor();
    await expectAccessible(page, 'Settings on a wide screen');

    // Another device, later: straight to Home.
    const laptop = await newPage(WIDE);
    await signIn(laptop, server.url, robin.email, robin.password);
    await expectPage(laptop, 'My recovery');

    // Back on the first device: the laptop is in the list, and a new password signs it out.
    await page.reload();
    await expectPage(page, 'Settings');
    const devices = page.getByRole('region', { name: 'Where I am signed in' });
    await devices.getByRole('heading', { name: 'This device' }).waitFor();
    await expect(devices.getByRole('listitem').count()).resolves.toBe(2);
    await expectAccessible(page, 'Settings: password and devices');
    await page.getByLabel('Current password', { exact: true }).fill(robin.password);
    await page.getByLabel('New password', { exact: true }).fill('a brand new long password');
    await page.getByRole('button', { name: 'Change my password' }).click();
    await page.getByText('Your password is changed. 1 other device was signed out.').waitFor();
    // The list is read again after the change: wait for it to show one device.
    await expect.poll(() => devices.getByRole('listitem').count()).toBe(1);
    await laptop.reload();
    await expectPage(laptop, 'Sign in to Waymark');
    expect(problems).toEqual([]);
  });

  it('starts with "A goal" from the welcome', async () => {
    const page = await newPage(WIDE);
    await createAccount(page, server.url, person('Kai'));
    await welcomePage.startWith(page, 'A goal');
    await expectPage(page, 'Add a goal');
  });
});

describe.skipIf(!hasBrowser)('The demo person', { timeout: STEP_TIMEOUT }, () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    server = await startServer({ DEMO_DATA: 'true' });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('is listed when the server starts, and shows a record three months in', async () => {
    expect(server.output()).toContain('sam@demo.waymark.invalid');
    expect(server.output()).toContain('demo-person-sam-2026');
    context = await browser.newContext({ viewport: WIDE });
    const page = await context.newPage();
    await signIn(page, server.url, 'sam@demo.waymark.invalid', 'demo-person-sam-2026');
    // Sam has been here a while: no welcome.
    await expectPage(page, 'My recovery');
    await page.getByRole('link', { name: 'Get back to my allotment twice a week' }).waitFor();

    await navigate(page, 'Questionnaires', 'Questionnaires');
    await page.getByRole('link', { name: /PHQ-9/ }).waitFor();
    await page.getByRole('link', { name: /QPR-15/ }).waitFor();
    expect(await page.getByRole('link', { name: /WEMWBS|ReQoL/ }).count()).toBe(0);

    await navigate(page, 'Crisis plan', 'My crisis plan');
    await page.getByText('Quiet, a cup of tea, someone who does not rush me.').waitFor();

    await navigate(page, 'How I’m doing', 'How I’m doing');
    expect(await page.getByText('You have not rated your life areas yet.').count()).toBe(0);
  });
});
