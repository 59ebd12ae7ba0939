// Nothing typed is lost, in a real browser against a real server: the crisis plan's words survive
// adding someone to the support network; a reload keeps what was typed; leaving a page with
// unsaved changes asks first, by a link or by the browser's Back; two tabs changing different About me fields both keep their words;
// a date that does not exist is refused in plain words with what was typed still in the boxes.
// axe-core on each new state of a page.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aboutMePage, expectPage, fillDate, navigate, type Person, signUpPage } from './pages.ts';
import {
  expectAccessible,
  hasBrowser,
  launchBrowser,
  type NeutralSite,
  type RunningServer,
  startNeutralSite,
  startServer,
  watchForProblems,
} from './support.ts';

// Sign-up hashes a password and axe-core reads every page: generous on a busy machine.
const STEP_TIMEOUT = 240_000;

let counter = 0;
function newPerson(): Person {
  counter += 1;
  return {
    name: `Kit ${counter}`,
    email: `kit.${Date.now()}.${counter}@example.test`,
    password: 'apple kettle river lamp',
  };
}

const draftNotice = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'You have changes here that you have not saved yet' });

describe.skipIf(!hasBrowser)('Nothing typed is lost', { timeout: STEP_TIMEOUT }, () => {
  let server: RunningServer;
  let browser: Browser;
  let neutral: NeutralSite;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    neutral = await startNeutralSite('Weather');
    server = await startServer({ QUICK_EXIT_URL: neutral.url });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
    await neutral?.close();
  });

  async function signedIn(): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    const problems = watchForProblems(page, [
      /status of 401/,
      // A save that met another tab's save, merged and sent again: expected.
      /status of 412/,
      // A date that does not exist, refused on purpose.
      /status of 400/,
    ]);
    await signUpPage.open(page, server.url);
    await signUpPage.createAccount(page, newPerson());
    return { context, page, problems };
  }

  it('keeps the crisis plan’s words across adding someone to the support network', async () => {
    const { page, problems } = await signedIn();
    await navigate(page, 'Crisis plan', 'My crisis plan');
    await page.getByRole('link', { name: 'Start my crisis plan' }).click();
    await expectPage(page, 'Change my crisis plan');
    await page.getByLabel('Signs that I am in crisis').fill('I stop answering the phone.');
    await page.getByLabel('What helps', { exact: true }).fill('A walk with the dog.');

    await page.getByRole('link', { name: 'Add someone to your support network' }).click();
    await expectPage(page, 'Add someone to my support network');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.getByLabel('Name', { exact: true }).fill('Ade next door');
    await page.getByLabel('Someone to contact in a crisis').check();
    await page.getByRole('button', { name: 'Save', exact: true }).click();

    await expectPage(page, 'Change my crisis plan');
    await expect(page.getByLabel('Signs that I am in crisis').inputValue()).resolves.toBe(
      'I stop answering the phone.',
    );
    await expect(page.getByLabel('What helps', { exact: true }).inputValue()).resolves.toBe(
      'A walk with the dog.',
    );
    await draftNotice(page).waitFor();
    await page
      .getByLabel('Add someone from my support network')
      .selectOption({ label: 'Ade next door (crisis contact)' });
    await page.getByRole('button', { name: 'Add to my plan' }).click();
    await expectAccessible(page, 'the crisis plan form with words put back');
    await page.getByRole('button', { name: 'Save crisis plan' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Saved at \d\d:\d\d$/ })
      .waitFor();
    expect(problems).toEqual([]);
  });

  it('keeps what was typed over a reload, and asks before a link leaves the page', async () => {
    const { page, problems } = await signedIn();
    await navigate(page, 'About me', 'About me');
    await aboutMePage.field(page, 'My strengths').fill('I keep going.');

    // A reload: the browser asks first (beforeunload), and the words come back. The question is
    // loaded once the form has changes; wait until it listens.
    await page.waitForFunction(() => {
      const reload = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(reload);
      return reload.defaultPrevented;
    });
    const asked: string[] = [];
    page.on('dialog', (dialog) => {
      asked.push(dialog.type());
      void dialog.accept();
    });
    await page.reload();
    await expectPage(page, 'About me');
    expect(asked).toEqual(['beforeunload']);
    await expect(aboutMePage.field(page, 'My strengths').inputValue()).resolves.toBe(
      'I keep going.',
    );
    await draftNotice(page).waitFor();

    // A link to another page asks in the page's own words, with Stay first.
    await aboutMePage.field(page, 'What matters to me').fill('My allotment.');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Home' })
      .click();
    const question = page.getByRole('dialog', { name: 'You have not saved your changes' });
    await question.waitFor();
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Stay on this page',
    );
    await expectAccessible(page, 'the question before leaving');
    await page.keyboard.press('Escape');
    await expect(question.count()).resolves.toBe(0);
    await expectPage(page, 'About me');

    await aboutMePage.save(page);
    await aboutMePage.savedStatus(page).waitFor();
    await navigate(page, 'Home', 'My recovery');

    // The browser's Back asks too: the address stays on About me while it asks, Stay keeps the
    // words, and "Leave for now" then goes back to Home, with the words kept for later.
    await navigate(page, 'About me', 'About me');
    await aboutMePage.field(page, 'What matters to me').fill('My allotment and the bees.');
    await page.waitForFunction(() => {
      const reload = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(reload);
      return reload.defaultPrevented;
    });
    const aboutMeUrl = page.url();
    await page.evaluate(() => window.history.back());
    await question.waitFor();
    expect(page.url()).toBe(aboutMeUrl);
    await expectAccessible(page, 'the question before Back leaves the page');
    await page.keyboard.press('Enter');
    await expect(question.count()).resolves.toBe(0);
    await expectPage(page, 'About me');
    await expect(aboutMePage.field(page, 'What matters to me').inputValue()).resolves.toBe(
      'My allotment and the bees.',
    );
    await page.evaluate(() => window.history.back());
    await question.getByRole('button', { name: 'Leave for now' }).click();
    await expectPage(page, 'My recovery');
    await page.evaluate(() => window.history.forward());
    await expectPage(page, 'About me');
    await expect(aboutMePage.field(page, 'What matters to me').inputValue()).resolves.toBe(
      'My allotment and the bees.',
    );
    await draftNotice(page).waitFor();
    expect(asked).toEqual(['beforeunload']);
    expect(problems).toEqual([]);
  });

  it('two tabs changing different About me fields both keep their words', async () => {
    const { context, page: laptop, problems } = await signedIn();
    await navigate(laptop, 'About me', 'About me');
    const phone = await context.newPage();
    const phoneProblems = watchForProblems(phone, [/status of 412/]);
    await phone.goto(`${server.url}/about-me`);
    await expectPage(phone, 'About me');

    await aboutMePage.write(laptop, { 'My strengths': 'I make people laugh.' });
    await aboutMePage.save(laptop);
    await aboutMePage.savedStatus(laptop).waitFor();

    await aboutMePage.write(phone, { 'What matters to me': 'My dog and my allotment.' });
    await aboutMePage.save(phone);
    await phone
      .getByRole('status')
      .filter({ hasText: 'Their changes and yours are both kept.' })
      .waitFor();
    expect(await aboutMePage.conflictPanel(phone).count()).toBe(0);
    await expect(aboutMePage.field(phone, 'My strengths').inputValue()).resolves.toBe(
      'I make people laugh.',
    );
    await expectAccessible(phone, 'about me after merging');

    await laptop.reload();
    await expectPage(laptop, 'About me');
    await expect(aboutMePage.field(laptop, 'My strengths').inputValue()).resolves.toBe(
      'I make people laugh.',
    );
    await expect(aboutMePage.field(laptop, 'What matters to me').inputValue()).resolves.toBe(
      'My dog and my allotment.',
    );
    expect([...problems, ...phoneProblems]).toEqual([]);
  });

  it('refuses a date that does not exist, saying why, with what was typed still there', async () => {
    const { page, problems } = await signedIn();
    await navigate(page, 'My goals', 'My goals');
    await page.getByRole('link', { name: 'Add a goal' }).click();
    await expectPage(page, 'Add a goal');
    await page.getByLabel('What do you want to work towards?').fill('Swim in the sea');
    await fillDate(page, 'By when (optional)', { day: '30', month: '2', year: '2026' });
    await page.getByRole('button', { name: 'Save goal' }).click();

    const message = 'There is no 30 February 2026: February 2026 has 28 days';
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.getByRole('link', { name: message }).waitFor();
    const byWhen = page.getByRole('group', { name: 'By when (optional)' });
    await byWhen.getByText(message).waitFor();
    await expect(byWhen.getByLabel('Day').inputValue()).resolves.toBe('30');
    await expect(byWhen.getByLabel('Month').inputValue()).resolves.toBe('2');
    await expect(byWhen.getByLabel('Year').inputValue()).resolves.toBe('2026');
    await expect.poll(() => page.title()).toBe('Error: Add a goal – Waymark');
    await expectAccessible(page, 'the goal form refusing 30 February');

    await summary.getByRole('link', { name: message }).click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('targetDate');
    await byWhen.getByLabel('Day').fill('28');
    await page.getByRole('button', { name: 'Save goal' }).click();
    await expectPage(page, 'Swim in the sea');
    await page.getByText(/Saturday,? 28 February 2026/).waitFor();
    expect(problems).toEqual([]);
  });

  it('never holds up the quick exit, and signing out removes what was not saved', async () => {
    const { page, problems } = await signedIn();
    await navigate(page, 'About me', 'About me');
    await aboutMePage.field(page, 'My strengths').fill('Words nobody else should see.');
    await page.waitForFunction(() => {
      const reload = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(reload);
      return reload.defaultPrevented;
    });
    const asked: string[] = [];
    page.on('dialog', (dialog) => {
      asked.push(dialog.type());
      void dialog.dismiss();
    });
    await page.getByRole('button', { name: 'Exit this page' }).click();
    await page.waitForURL(neutral.url);
    expect(asked).toEqual([]);

    // Coming back (still signed in): the words are in this tab, until sign-out.
    await page.goto(`${server.url}/about-me`);
    await expectPage(page, 'About me');
    await expect(aboutMePage.field(page, 'My strengths').inputValue()).resolves.toBe(
      'Words nobody else should see.',
    );
    const nav = page.getByRole('navigation', { name: 'Main' });
    const menu = nav.getByRole('button', { name: 'Menu' });
    if (await menu.isVisible()) await menu.click();
    await nav.getByRole('button', { name: 'Sign out' }).click();
    const question = page.getByRole('dialog', { name: 'You have not saved your changes' });
    await question
      .getByText('If you sign out now, the changes you have not saved will be lost.')
      .waitFor();
    await question.getByRole('button', { name: 'Sign out anyway' }).click();
    await expectPage(page, 'Sign in to Waymark');
    const kept = await page.evaluate(() =>
      Object.keys(sessionStorage).filter((key) => key.startsWith('waymark.draft:')),
    );
    expect(kept).toEqual([]);
    expect(problems).toEqual([]);
  });
});
