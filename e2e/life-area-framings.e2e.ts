// Framings of life areas in a real browser against a real server in Wales: Create an account
// shows the Welsh crisis lines (the installation's country, named in the app page); the welcome
// leads to the life areas, where the person starts from "Family, community, faith and culture"
// instead of the areas they were given, then adds back some everyday ones without losing any.
// axe-core on each new state, at phone width, with no sideways scrolling.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectPage, person, signUpPage, welcomePage } from './pages.ts';
import {
  expectAccessible,
  hasBrowser,
  launchBrowser,
  type RunningServer,
  startServer,
  watchForProblems,
} from './support.ts';

// Sign-up hashes a password and axe-core reads every page: generous on a busy machine.
const TIMEOUT = 300_000;

const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

/** The names in "Your life areas", as their rename boxes' labels say them. */
const listedNames = async (page: Page) =>
  (
    await page
      .getByRole('list', { name: 'Your life areas' })
      .getByRole('textbox')
      .evaluateAll((boxes) =>
        boxes.map((box) => (box as HTMLInputElement).labels?.[0]?.textContent ?? ''),
      )
  ).map((label) => label.replace(/^New name for “(.*)”$/, '$1'));

describe.skipIf(!hasBrowser)('Framings of life areas in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    server = await startServer({ CRISIS_LINES_COUNTRY: 'wales' });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it(
    'starts a new record from a framing instead of the areas it was given, then adds some back, keeping everything',
    async () => {
      context = await browser.newContext({ viewport: { width: 320, height: 800 } });
      const page = await context.newPage();
      const problems = watchForProblems(page);

      // The installation is in Wales: its lines, with the numbers as links that dial them.
      await signUpPage.open(page, server.url);
      const lines = page.getByRole('region', { name: 'If you need help now' });
      const call = lines.getByRole('link', { name: 'Call the CALL helpline on 0800 132 737' });
      await call.waitFor();
      expect(await call.getAttribute('href')).toBe('tel:0800132737');
      await lines.getByRole('link', { name: 'Call NHS 111 Wales on 111' }).waitFor();

      const sam = person('Sam');
      await page.getByLabel('Your name').fill(sam.name);
      await page.getByLabel('Email address').fill(sam.email);
      await page.getByLabel('Password').fill(sam.password);
      await page.getByRole('button', { name: 'Create account' }).click();
      await welcomePage.startWith(page, 'The parts of my life');
      await expectPage(page, 'My life areas');
      expect(await listedNames(page)).toContain('Things I enjoy');

      const which = page.getByRole('group', { name: 'Which way of looking at your life?' });
      await which.getByRole('radio', { name: 'Family, community, faith and culture' }).check();
      await page.getByRole('radio', { name: 'Use these instead' }).check();
      const areas = page.getByRole('group', {
        name: 'Areas in “Family, community, faith and culture”',
      });
      await areas.getByRole('checkbox', { name: 'Work, money and learning' }).uncheck();
      await expectAccessible(page, 'life areas, a framing chosen');
      expect(await scrollsSideways(page)).toBe(false);
      await page.getByRole('button', { name: 'Add these life areas' }).click();
      await page.getByText(/^Added 7 life areas: Family, My community,/).waitFor();
      expect(await listedNames(page)).toEqual([
        'Family',
        'My community',
        'Faith, spirit or beliefs',
        'Culture, heritage and language',
        'Caring for others',
        'Home and where I live',
        'Health of body and mind',
      ]);

      // Later: a few everyday areas too, added to these; Family and Home are not added twice.
      await which.getByRole('radio', { name: 'Everyday life' }).check();
      const everyday = page.getByRole('group', { name: 'Areas in “Everyday life”' });
      await everyday.getByRole('checkbox', { name: 'Family (already in your list)' }).waitFor();
      expect(await page.getByRole('radio', { name: 'Use these instead' }).count()).toBe(0);
      for (const name of [
        'Friends and relationships',
        'Physical health',
        'Mental health and wellbeing',
        'Feeling safe',
        'Things I enjoy',
      ])
        await everyday.getByRole('checkbox', { name }).uncheck();
      await page.getByRole('button', { name: 'Add these life areas' }).click();
      await page
        .getByText('Added 2 life areas: Money and Work, learning and volunteering.')
        .waitFor();
      expect((await listedNames(page)).slice(-2)).toEqual([
        'Money',
        'Work, learning and volunteering',
      ]);
      await expectAccessible(page, 'life areas, after adding from a framing');

      // A goal can belong to one of them straight away.
      await page.goto(`${server.url}/goals/new`);
      await expectPage(page, 'Add a goal');
      const lifeArea = page.getByLabel('Life area');
      await lifeArea.selectOption({ label: 'Faith, spirit or beliefs' });
      expect(problems).toEqual([]);
    },
    TIMEOUT,
  );
});
