// The person's first journey through Waymark in a real browser against a real server: sign up,
// write About me, add a goal with steps, reload and find it all; axe-core on every page. Then
// two tabs on About me: the second save meets the first and the person chooses.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  aboutMePage,
  expectPage,
  goalForm,
  goalPage,
  navigate,
  type Person,
  signUpPage,
} from './pages.ts';
import {
  expectAccessible,
  hasBrowser,
  launchBrowser,
  type RunningServer,
  startServer,
  watchForProblems,
} from './support.ts';

// Sign-up hashes a password and axe-core reads every page: generous on a busy machine.
const JOURNEY_TIMEOUT = 240_000;

let counter = 0;
function newPerson(): Person {
  counter += 1;
  return {
    name: `Robin ${counter}`,
    email: `robin.${Date.now()}.${counter}@example.test`,
    password: 'apple kettle river lamp',
  };
}

describe.skipIf(!hasBrowser)('A person in the browser', () => {
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
    'signs up, writes About me, adds a goal with two steps, and finds them after a reload',
    async () => {
      context = await browser.newContext();
      const page = await context.newPage();
      const problems = watchForProblems(page);

      await signUpPage.open(page, server.url);
      await expectAccessible(page, 'sign up');
      await signUpPage.createAccount(page, newPerson());
      await expect.poll(() => page.title()).toBe('My recovery – Waymark');
      await page.getByText('You have not added any goals yet.').waitFor();
      await expectAccessible(page, 'home');

      await navigate(page, 'About me', 'About me');
      await aboutMePage.write(page, {
        'My strengths': 'I make people laugh.\nI keep going.',
        'What matters to me': 'My dog and my allotment.',
      });
      await aboutMePage.save(page);
      await aboutMePage.savedStatus(page).waitFor();
      await expectAccessible(page, 'about me');

      await navigate(page, 'My goals', 'My goals');
      await page.getByText('What would you like to work towards?').waitFor();
      await expectAccessible(page, 'my goals');

      await page.getByRole('link', { name: 'Add a goal' }).click();
      await expectPage(page, 'Add a goal');
      await expectAccessible(page, 'add a goal');
      await goalForm.submit(page);
      await goalForm.errorSummary(page).waitFor();
      await expect.poll(() => page.title()).toBe('Error: Add a goal – Waymark');
      await expectAccessible(page, 'add a goal, with errors');
      await goalForm.fill(page, {
        title: 'Swim once a week',
        why: 'I sleep better after.',
        lifeArea: 'Physical health',
        targetDate: { day: '28', month: '3', year: '2027' },
        status: 'Working on it',
      });
      await goalForm.submit(page);
      await expectPage(page, 'Swim once a week');

      await goalPage.addStep(page, 'Find my swimming costume');
      await goalPage.addStep(page, 'Check when the pool is quiet');
      await goalPage.step(page, 'Find my swimming costume').check();
      await page
        .getByRole('status')
        .filter({ hasText: /^Saved at/ })
        .waitFor();
      await expect(goalPage.step(page, 'Find my swimming costume').isChecked()).resolves.toBe(true);
      await expectAccessible(page, 'goal page');

      await page.reload();
      await expectPage(page, 'Swim once a week');
      await goalPage.step(page, 'Check when the pool is quiet').waitFor();
      const labels = await page
        .getByRole('list', { name: 'Steps' })
        .locator('label')
        .allTextContents();
      expect(labels).toEqual(['Find my swimming costumeDone', 'Check when the pool is quiet']);
      await expect(goalPage.step(page, 'Find my swimming costume').isChecked()).resolves.toBe(true);
      await page.getByText(/^Sunday,? 28 March 2027$/).waitFor();

      await page.getByRole('link', { name: 'See earlier versions' }).click();
      await expectPage(page, 'Earlier versions of “Swim once a week”');
      await page.getByRole('heading', { name: 'Version 4' }).waitFor();
      await expectAccessible(page, 'goal history');

      await navigate(page, 'Home', 'My recovery');
      await page.getByText('Next step: Check when the pool is quiet').waitFor();
      await page.getByText('In your words: “I make people laugh.”').waitFor();

      await page.getByRole('link', { name: 'My life areas', exact: true }).click();
      await expectPage(page, 'My life areas');
      await expectAccessible(page, 'life areas');

      await navigate(page, 'About me', 'About me');
      await expect(aboutMePage.field(page, 'My strengths').inputValue()).resolves.toBe(
        'I make people laugh.\nI keep going.',
      );
      await page.getByRole('link', { name: 'See earlier versions' }).click();
      await expectPage(page, 'Earlier versions of About me');
      await page.getByText('Written by you', { exact: true }).first().waitFor();
      await expectAccessible(page, 'about me history');

      expect(problems).toEqual([]);
      await context.close();
      context = undefined;
    },
    JOURNEY_TIMEOUT,
  );

  it(
    'shows both versions when About me was saved in another tab, and saves mine on request',
    async () => {
      context = await browser.newContext();
      const first = await context.newPage();
      const problems = watchForProblems(first);
      await signUpPage.open(first, server.url);
      await signUpPage.createAccount(first, newPerson());
      const second = await context.newPage();
      problems.push(...watchForProblems(second));
      for (const tab of [first, second]) {
        await tab.goto(`${server.url}/about-me`);
        await expectPage(tab, 'About me');
      }

      await aboutMePage.write(first, { 'My strengths': 'Written in the first tab.' });
      await aboutMePage.save(first);
      await aboutMePage.savedStatus(first).waitFor();

      await aboutMePage.write(second, { 'My strengths': 'Written in the second tab.' });
      await aboutMePage.save(second);
      const panel = aboutMePage.conflictPanel(second);
      await panel.waitFor();
      await panel.getByText('Written in the first tab.').waitFor();
      await panel.getByText('Written in the second tab.').waitFor();
      await panel.getByRole('heading', { name: 'Your version (not saved)' }).waitFor();
      await expect(aboutMePage.field(second, 'My strengths').inputValue()).resolves.toBe(
        'Written in the second tab.',
      );
      await expectAccessible(second, 'about me, with a conflict');

      await panel.getByRole('button', { name: 'Save my version instead' }).click();
      await aboutMePage.savedStatus(second).waitFor();
      await first.reload();
      await expectPage(first, 'About me');
      await expect(aboutMePage.field(first, 'My strengths').inputValue()).resolves.toBe(
        'Written in the second tab.',
      );
      expect(problems.filter((problem) => !problem.includes('412'))).toEqual([]);
    },
    JOURNEY_TIMEOUT,
  );
});
