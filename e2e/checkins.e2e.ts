// Check-ins, life-area ratings, a questionnaire and the charts, in a real browser against a
// real server: check in, rate life areas, answer PHQ-9 (with item 9 above "Not at all", so the
// person's own plans and the crisis lines are offered), then see the tables under the charts
// show it all. axe-core on every page.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectPage, navigate, showTable, signUpPage } from './pages.ts';
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

const choose = (page: Page, group: string, option: string | RegExp) =>
  page
    .getByRole('group', { name: group, exact: true })
    .getByRole('radio', { name: option, exact: typeof option === 'string' })
    .check();

describe.skipIf(!hasBrowser)('Check-ins, measures and charts in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it(
    'checks in, rates life areas, completes PHQ-9 and sees the charts and tables update',
    async () => {
      context = await browser.newContext({ viewport: { width: 320, height: 800 } });
      const page = await context.newPage();
      const problems = watchForProblems(page);

      await signUpPage.open(page, server.url);
      await signUpPage.createAccount(page, {
        name: 'Sam',
        email: `sam.${Date.now()}@example.test`,
        password: 'apple kettle river lamp',
      });
      await page
        .getByRole('region', { name: 'What is due' })
        .getByText('Nothing is due.')
        .waitFor();
      await expectAccessible(page, 'home');

      // Before anything is recorded, the charts page invites rather than shows empty charts.
      await navigate(page, 'How I’m doing', 'How I’m doing');
      await page.getByText('You have not rated your life areas yet.').waitFor();
      await expectAccessible(page, 'how I am doing, empty');

      // Check in: nothing chosen is an error; then three scores and a note.
      await navigate(page, 'Check in', 'Check in');
      await page.getByRole('group', { name: 'Mood' }).waitFor();
      await expectAccessible(page, 'check in');
      await page.getByRole('button', { name: 'Save my check-in' }).click();
      await page
        .getByRole('alert')
        .filter({ hasText: 'Give at least one score, or say which warning signs are present' })
        .waitFor();
      await choose(page, 'Mood', '5');
      await choose(page, 'Hope', /^7/);
      await choose(page, 'Sleep', /^1/);
      await page
        .getByLabel('Anything you want to add (optional)')
        .fill('Slept badly, but hopeful.');
      await page.getByRole('button', { name: 'Save my check-in' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: /Check-in saved at \d\d:\d\d/ })
        .waitFor();
      await expectAccessible(page, 'check in, saved');

      // Settings: a reminder every day, and a scale of their own.
      await page.getByRole('link', { name: 'Choose my scales and reminders' }).click();
      await expectPage(page, 'Check-in settings');
      await expectAccessible(page, 'check-in settings');
      await page.getByLabel('Every day').check();
      await page.getByLabel('Name of your scale').fill('Feeling connected');
      await page.getByRole('button', { name: 'Add this scale' }).click();
      await page.getByRole('button', { name: 'Save my settings' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: /Saved at \d\d:\d\d/ })
        .waitFor();

      // Life areas of their own, then rate them.
      await page.goto(`${server.url}/life-areas`);
      await expectPage(page, 'My life areas');
      for (const name of ['Music', 'Allotment']) {
        await page.getByLabel('New life area').fill(name);
        await page.getByRole('button', { name: 'Add a life area' }).click();
        await page.getByRole('status').filter({ hasText: name }).waitFor();
      }
      await page.goto(`${server.url}/rate-life-areas`);
      await expectPage(page, 'Rate my life areas');
      await page.getByRole('group', { name: 'Music', exact: true }).waitFor();
      await expectAccessible(page, 'rate my life areas');
      await choose(page, 'Music', '3');
      await page.getByLabel('I want help with Music').check();
      await choose(page, 'Allotment', /^7/);
      await page.getByRole('button', { name: 'Save my ratings' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: /Saved at \d\d:\d\d/ })
        .waitFor();

      // A questionnaire: only those the person can fill in are offered, each in plain words
      // (the licensed ones still waiting for their wording are not); PHQ-9 can be answered.
      await navigate(page, 'Questionnaires', 'Questionnaires');
      await page.getByText('10 questions. About 3 minutes.').waitFor();
      expect(
        await page.getByText('This measure needs its wording loaded by your service').count(),
      ).toBe(0);
      expect(await page.getByRole('link', { name: /WEMWBS|ReQoL/ }).count()).toBe(0);
      await expectAccessible(page, 'questionnaires');
      await page.getByRole('link', { name: /PHQ-9/ }).click();
      await expectPage(page, /PHQ-9/);
      await page.getByRole('heading', { name: 'Part 1 of 2' }).waitFor();
      await expectAccessible(page, 'PHQ-9, part 1');
      const items = page.locator('fieldset fieldset');
      const groups = await items.count();
      expect(groups).toBe(9);
      for (let index = 0; index < 8; index += 1) {
        await items.nth(index).getByRole('radio', { name: 'Not at all' }).check();
      }
      await items.nth(8).getByRole('radio', { name: 'Several days' }).check();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('heading', { name: 'Part 2 of 2' }).waitFor();
      await page.getByRole('radio', { name: 'Somewhat difficult' }).check();
      await expectAccessible(page, 'PHQ-9, part 2');
      await page.getByRole('button', { name: 'Save my answers' }).click();
      await page.getByRole('heading', { name: 'Your score' }).waitFor();
      await page.getByText('Your score is 1 out of 27 (Minimal).').waitFor();
      // The risk signal: calm support as part of the page, with the person's own plans.
      const support = page.getByRole('region', { name: 'Your plans are here for you' });
      await expect(
        support.getByRole('link', { name: 'Open my safety plan' }).getAttribute('href'),
      ).resolves.toBe('/plans/safety');
      await support.getByRole('link', { name: /Samaritans/ }).waitFor();
      await page.getByText('How this was worked out').click();
      await expectAccessible(page, 'PHQ-9, score');

      // The charts and their tables (one tap away) show all of it.
      await navigate(page, 'How I’m doing', 'How I’m doing');
      await showTable(page, 'My life areas');
      await showTable(page, 'Mood');
      await showTable(page, /Patient health questionnaire 9 score|PHQ-9/);
      const ratings = page.getByRole('table', { name: /Your life-area ratings/ });
      await expect(ratings.getByRole('row', { name: /Music/ }).textContent()).resolves.toContain(
        '3 out of 7',
      );
      await expect(
        ratings.getByRole('row', { name: /Allotment/ }).textContent(),
      ).resolves.toContain('7 out of 7');
      const mood = page.getByRole('table', { name: 'Mood: each score with its date' });
      await expect(mood.textContent()).resolves.toContain('5 out of 7');
      await page.getByRole('img', { name: /Star chart/ }).waitFor();
      await page.getByRole('img', { name: /Line chart of Mood/ }).waitFor();
      await page
        .getByRole('table', { name: /Patient health questionnaire 9 score|PHQ-9/ })
        .waitFor();
      await expectAccessible(page, 'how I am doing');
      // Nothing scrolls sideways at 320 px (a wide table scrolls inside its own box).
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((element) => !element.parentElement?.closest('.table-wrap'))
          .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
          .map(
            (element) => `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''}`,
          ),
      );
      expect(wide).toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await expect(mood.textContent()).resolves.toContain('Has a note');

      // A note on a score ("why I scored this"), kept for the person only.
      const phq = page.getByRole('table', { name: /Patient health questionnaire 9 score|PHQ-9/ });
      await phq.getByRole('link', { name: /^Add a note for/ }).click();
      await expectPage(page, 'Why I scored this');
      await expectAccessible(page, 'why I scored this');
      await page.getByLabel('Your note (optional)').fill('A hard fortnight at work.');
      await page.getByLabel('For me only').check();
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page
        .getByRole('status')
        .filter({ hasText: /Saved at \d\d:\d\d/ })
        .waitFor();
      await page.getByRole('link', { name: 'Back to how I’m doing' }).click();
      await expectPage(page, 'How I’m doing');
      await showTable(page, /Patient health questionnaire 9 score|PHQ-9/);
      const phqRow = page
        .getByRole('table', { name: /Patient health questionnaire 9 score|PHQ-9/ })
        .getByRole('row')
        .nth(1);
      await expect(phqRow.textContent()).resolves.toMatch(/A hard fortnight at work\.[\s\S]*/);
      await expect(phqRow.textContent()).resolves.toContain('Yes');

      // The journal: private, written, found by search.
      await navigate(page, 'Journal', 'Journal');
      await page.getByText('Your journal is private.').waitFor();
      await expectAccessible(page, 'journal');
      await page.getByRole('link', { name: 'Write an entry' }).click();
      await expectPage(page, 'Write a journal entry');
      await expectAccessible(page, 'write a journal entry');
      await page.getByLabel('Mood (optional)').selectOption('4');
      await page.getByLabel('What you want to write').fill('Walked by the river with Ade.');
      await page.getByRole('button', { name: 'Save entry' }).click();
      await expectPage(page, 'Journal');
      await page.getByRole('status').filter({ hasText: 'Entry saved.' }).waitFor();
      await page.getByLabel('Word or phrase').fill('RIVER');
      await page.getByRole('button', { name: 'Search' }).click();
      await page.getByText('Entries with “RIVER”: 1.').waitFor();
      await expectAccessible(page, 'journal, searched');

      // Deleted, then found under "Recently deleted" after leaving the page, and brought back.
      await page.locator('main a[href^="/journal/"]:not([href="/journal/new"])').first().click();
      await page.getByRole('button', { name: 'Delete this entry' }).click();
      await page.getByRole('button', { name: 'Yes, delete it' }).click();
      await expectPage(page, 'Journal');
      await navigate(page, 'Home', 'My recovery');
      await navigate(page, 'Journal', 'Journal');
      const deletedSection = page.getByRole('region', { name: 'Recently deleted entries' });
      await deletedSection.getByText('Walked by the river with Ade.').waitFor();
      await expectAccessible(page, 'journal, with a deleted entry');
      await deletedSection.getByRole('button', { name: /^Bring back the entry from / }).click();
      await page
        .getByRole('status')
        .filter({ hasText: /is back\./ })
        .waitFor();
      // The list reloads after the notice: the section goes once nothing is left in it.
      await deletedSection.waitFor({ state: 'detached' });
      await page.getByText('Walked by the river with Ade.').waitFor();

      expect(problems).toEqual([]);
    },
    TIMEOUT,
  );
});
