// A person builds their crisis plan in a real browser against a real server: two people in
// their support network, a plan naming one of them, the print view, the plan kept on the
// device and opened with no network, then an emergency link opened in a fresh browser (the
// plan and the crisis lines), turned off, and failing there. axe-core on every new page.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectPage, navigate, openMenuIfNeeded, welcomePage } from './pages.ts';
import {
  expectAccessible,
  hasBrowser,
  launchBrowser,
  type RunningServer,
  startServer,
  watchForProblems,
} from './support.ts';

const DANGER = 'If you are in danger now, call 999 or go to A&E.';
const ONE_PIXEL_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

async function goTo(page: Page, link: string, heading: string | RegExp): Promise<void> {
  await navigate(page, link, heading);
}

type Contact = { name: string; howTheyHelp: string; phone: string; crisis: boolean };

async function addContact(page: Page, contact: Contact, checkAccessibility = false) {
  await page.getByRole('link', { name: 'Add someone' }).click();
  await expectPage(page, 'Add someone to my support network');
  if (checkAccessibility) await expectAccessible(page, 'add to the support network');
  await page.getByLabel('Name', { exact: true }).fill(contact.name);
  await page.getByLabel('How they help').fill(contact.howTheyHelp);
  await page.getByLabel('Phone number (optional)').fill(contact.phone);
  if (contact.crisis) await page.getByLabel('Someone to contact in a crisis').check();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expectPage(page, 'My support network');
  await page
    .getByRole('status')
    .filter({ hasText: `“${contact.name}” saved.` })
    .waitFor();
}

// Sign-up hashes a password and axe-core reads every page: generous on a busy machine.
const STEP_TIMEOUT = 240_000;

describe.skipIf(!hasBrowser)('A crisis plan in the browser', { timeout: STEP_TIMEOUT }, () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  // One person's journey, in steps that share the browser page.
  let context: BrowserContext;
  let page: Page;
  let problems: string[] = [];
  let link = '';
  const nav = () => page.getByRole('navigation', { name: 'Main' });

  it('signs up and adds two people to the support network', async () => {
    context = await browser.newContext();
    contexts.push(context);
    page = await context.newPage();
    problems = watchForProblems(page, [
      /status of 401/,
      // The upload that is not a PDF or a photo, refused on purpose.
      /status of 415/,
      // While offline, the session check and other requests fail, as they should.
      /ERR_INTERNET_DISCONNECTED/,
    ]);

    // Sign up.
    await page.goto(`${server.url}/sign-up`);
    await expectPage(page, 'Create your Waymark account');
    await page.getByLabel('Your name').fill('Robin');
    await page.getByLabel('Email address').fill(`robin.${Date.now()}@example.test`);
    await page.getByLabel('Password').fill('apple kettle river lamp');
    await page.getByRole('button', { name: 'Create account' }).click();
    await welcomePage.skip(page);

    // The crisis plan is one tap away in the header.
    await expect(nav().getByRole('link', { name: 'Crisis plan' }).isVisible()).resolves.toBe(true);

    // Two people in the support network.
    await goTo(page, 'My support network', 'My support network');
    await page.getByText('You have not added anyone yet.').waitFor();
    await expectAccessible(page, 'the empty support network');
    await addContact(
      page,
      {
        name: 'Ade next door',
        howTheyHelp: 'Listens without judging.',
        phone: '07700 900123',
        crisis: true,
      },
      true,
    );
    await addContact(page, {
      name: 'Dr Patel',
      howTheyHelp: 'My GP.',
      phone: '020 7946 0000',
      crisis: false,
    });
    const adePhone = page.getByRole('link', { name: '07700 900123' });
    await expect(adePhone.getAttribute('href')).resolves.toBe('tel:07700900123');
    await expectAccessible(page, 'the support network');
  });

  it('writes a crisis plan naming one of them, and prints it', async () => {
    // My plans, then the crisis plan, naming Ade.
    await goTo(page, 'My plans', 'My plans');
    await expectAccessible(page, 'my plans');
    await goTo(page, 'Crisis plan', 'My crisis plan');
    await page.getByText(DANGER).waitFor();
    await page.getByRole('link', { name: 'Start my crisis plan' }).click();
    await expectPage(page, 'Change my crisis plan');
    await expectAccessible(page, 'the crisis plan form');
    await page.getByLabel('Signs that I am in crisis').fill('I stop eating and stay in my room.');
    await page
      .getByLabel('Add someone from my support network')
      .selectOption({ label: 'Ade next door (crisis contact)' });
    await page.getByRole('button', { name: 'Add to my plan' }).click();
    await page
      .getByLabel('What I want Ade next door to do')
      .fill('Come round and sit with me. Feed the cat.');
    await page.getByLabel('Choose my nominated person').selectOption({ label: 'Ade next door' });
    await page.getByLabel('What helps', { exact: true }).fill('A quiet room and my music.');
    await page.getByLabel('Medication').fill('Sertraline 100mg works for me.');
    // The advance choice document: the server checks the content and its answer is shown.
    const upload = page.getByLabel('Upload a document');
    await upload.setInputFiles({
      name: 'not-a-pdf.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('This is only text.'),
    });
    await page.getByText('This file is not a PDF or a photo (PNG, JPEG or WebP).').waitFor();
    await upload.setInputFiles({
      name: 'advance choice.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
    });
    await page.getByRole('link', { name: 'Open “advance choice.pdf”' }).waitFor();
    await page.getByRole('button', { name: 'I reviewed it today' }).click();
    await page.getByRole('button', { name: 'Save crisis plan' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Saved at \d\d:\d\d$/ })
      .waitFor();
    await expectAccessible(page, 'the crisis plan form after saving');

    await page.getByRole('link', { name: 'Back to my crisis plan' }).click();
    await expectPage(page, 'My crisis plan');
    await page.getByText('Come round and sit with me. Feed the cat.').waitFor();
    expect(await page.getByText('Dr Patel').count()).toBe(0);
    await expectAccessible(page, 'the crisis plan');

    // Print preview: no navigation, the date printed; and it saves as a PDF.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header').isVisible()).resolves.toBe(false);
    await expect(
      page.getByRole('button', { name: 'Print or save as PDF' }).isVisible(),
    ).resolves.toBe(false);
    await expect(page.getByText(/^Printed on \w+day,? \d+ \w+ \d{4}$/).isVisible()).resolves.toBe(
      true,
    );
    await expect(page.getByText('Name: Robin').isVisible()).resolves.toBe(true);
    await expect(page.getByText(DANGER).isVisible()).resolves.toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(2);
    await page.emulateMedia({ media: 'screen' });
  });

  it('keeps the crisis plan on the device and opens it with no network', async () => {
    // Keep it on this device (off until the person turns it on).
    const device = page.getByRole('region', { name: 'Keep my crisis plan on this device' });
    await device
      .getByText('Anyone who can use this device could read it.', { exact: false })
      .waitFor();
    await device.getByText('This is off.', { exact: false }).waitFor();
    await device.getByRole('button', { name: 'Keep my crisis plan on this device' }).click();
    await device.getByText(/^This is on\. Saved on this device on /).waitFor();
    // The service worker keeps the app shell and this page's code.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    // No network: the crisis plan still opens, marked as the copy on this device.
    await context.setOffline(true);
    await page.reload();
    await expectPage(page, 'My crisis plan');
    await page.getByText(/^Saved on this device on \w+day,? \d+ \w+ \d{4} at \d\d:\d\d$/).waitFor();
    await page.getByText('Come round and sit with me. Feed the cat.').waitFor();
    await page.getByText(DANGER).waitFor();
    // The lines below it load on demand: the service worker kept their code too (decision 0034).
    await page.getByRole('link', { name: 'Call Samaritans on 116 123' }).first().waitFor();
    await expect(
      page.getByRole('link', { name: 'Call 07700 900123' }).first().getAttribute('href'),
    ).resolves.toBe('tel:07700900123');
    await expectAccessible(page, 'the crisis plan kept on the device');
    await context.setOffline(false);
  });

  it('shares the plan by an emergency link, opened in a fresh browser, then turned off', async () => {
    // An emergency link, with a QR code.
    await page.goto(`${server.url}/crisis-plan/links`);
    await expectPage(page, 'Emergency links to my crisis plan');
    await page.getByText('You have not made any emergency links.').waitFor();
    await expectAccessible(page, 'emergency links');
    await page.getByLabel('24 hours').check();
    await page.getByRole('button', { name: 'Create a link' }).click();
    const urlInput = page.getByLabel('Emergency link', { exact: true });
    await urlInput.waitFor();
    link = await urlInput.inputValue();
    expect(link).toMatch(new RegExp(`^${server.url}/emergency/[A-Za-z0-9_-]{43,}$`));
    await page.getByRole('img', { name: 'QR code for your new emergency link' }).waitFor();
    await expectAccessible(page, 'emergency links with a new link');

    // Someone else opens it in a fresh browser: the plan and the crisis lines, no record.
    const other = await browser.newContext();
    contexts.push(other);
    const theirs = await other.newPage();
    const theirProblems = watchForProblems(theirs, []);
    await theirs.goto(link);
    await expectPage(theirs, 'Crisis plan for Robin');
    await theirs.getByText(DANGER).waitFor();
    await theirs.getByRole('link', { name: 'Call Samaritans on 116 123' }).waitFor();
    await expect(
      theirs.getByRole('link', { name: 'Text SHOUT to 85258' }).getAttribute('href'),
    ).resolves.toMatch(/^sms:85258/);
    await theirs.getByText('I stop eating and stay in my room.').waitFor();
    await theirs.getByText('Come round and sit with me. Feed the cat.').waitFor();
    await theirs.getByText(/^Last updated \w+day/).waitFor();
    expect(await theirs.getByRole('navigation').count()).toBe(0);
    // Nothing is installed on the reader's device.
    await expect(
      theirs.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length),
    ).resolves.toBe(0);
    await expectAccessible(theirs, 'the emergency link page');

    // The view is recorded for the person; then they turn the link off at once.
    await page.reload();
    await expectPage(page, 'Emergency links to my crisis plan');
    await page.getByText('Opened once').waitFor();
    await page.getByRole('button', { name: /^Turn off this link/ }).click();
    await page.getByRole('status').filter({ hasText: 'is turned off' }).waitFor();
    await page.getByText('Turned off', { exact: true }).waitFor();

    await theirs.reload();
    await expectPage(theirs, 'This link has expired or been turned off');
    await theirs.getByText(DANGER).waitFor();
    await expectAccessible(theirs, 'an emergency link that was turned off');
    expect(theirProblems.filter((problem) => !problem.includes('status of 404'))).toEqual([]);
  });

  it('shows earlier versions and the other plans, and signing out removes the device copy', async () => {
    // Earlier versions of the plan, and the other plans.
    await page.goto(`${server.url}/crisis-plan/history`);
    await expectPage(page, 'Earlier versions of My crisis plan');
    await expectAccessible(page, 'crisis plan history');
    for (const [path, heading] of [
      ['/plans/staying-well', 'My staying-well plan'],
      ['/plans/after-crisis', 'After a crisis'],
      ['/plans/safety', 'My safety plan'],
    ] as const) {
      await page.goto(`${server.url}${path}`);
      await expectPage(page, heading);
      await page.locator('form').waitFor();
      await expectAccessible(page, heading);
    }

    // A photo among the reasons for living, shown only to the person.
    await page.getByRole('button', { name: 'Add a reason' }).click();
    await page.getByLabel('Reason 1').fill('My dog, Biscuit');
    await page.getByLabel('Add a photo').setInputFiles({
      name: 'biscuit.png',
      mimeType: 'image/png',
      buffer: Buffer.from(ONE_PIXEL_PNG, 'base64'),
    });
    await page.getByText('Photo uploaded. Save your safety plan to keep it there.').waitFor();
    await page.getByRole('button', { name: 'Save safety plan' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Saved at \d\d:\d\d$/ })
      .waitFor();
    const photo = page.getByRole('img', { name: 'My reasons for living, photo 1' });
    await expect(
      photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth),
    ).resolves.toBe(1);

    // Signing out removes the copy from the device.
    await openMenuIfNeeded(page, nav().getByRole('button', { name: 'Sign out' }));
    await nav().getByRole('button', { name: 'Sign out' }).click();
    await expectPage(page, 'Sign in to Waymark');
    const left = await page.evaluate(async () =>
      (await caches.keys()).filter((name) => name === 'waymark-device-crisis-plan'),
    );
    expect(left).toEqual([]);
    expect(problems).toEqual([]);
  });
});
