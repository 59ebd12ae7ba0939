// Sharing from start to end in a real browser, with Sam and Jo in separate browser contexts:
// Sam invites Jo on the Sharing page with view on the crisis plan and goals; Jo signs up,
// opens the link and accepts, and sees only those two sections; Sam looks at what Jo sees,
// then stops sharing, and Jo's next page load shows nothing of Sam's record; the access log
// names Jo's views; quick exit leaves Waymark for good. axe-core checks every sharing page.
// The last test signs in as the demo supporter and the demo practitioner on a server with the
// demo data, as a new user trying Waymark would.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRACTITIONER_TOTP_SECRET } from '../src/server/features/demo/demo.ts';
import { expectPage, invite, person, signUpPage } from './pages.ts';
import {
  expectAccessible,
  hasBrowser,
  launchBrowser,
  type NeutralSite,
  type RunningServer,
  serverAndPeople,
  startNeutralSite,
  startServer,
} from './support.ts';
import { freshTotpCode } from './walk.ts';

const STEP_TIMEOUT = 240_000;

/** The link names in a navigation landmark, in the order shown. */
async function linksIn(page: Page, navigation: string): Promise<string[]> {
  return page
    .getByRole('navigation', { name: navigation, exact: true })
    .getByRole('link')
    .allTextContents();
}

describe.skipIf(!hasBrowser)('Sharing on the person’s terms', { timeout: STEP_TIMEOUT }, () => {
  let neutral: NeutralSite;
  beforeAll(async () => {
    neutral = await startNeutralSite('News');
  });
  afterAll(async () => {
    await neutral?.close();
  });
  const run = serverAndPeople(() => ({ QUICK_EXIT_URL: neutral.url }));
  const { newPage } = run;

  it('Sam shares the crisis plan and goals with Jo, sees what Jo sees, stops, and sees who looked', async () => {
    // 1. Sam invites Jo on the Sharing page.
    const sam = await newPage();
    await signUpPage.open(sam.page, run.url);
    await signUpPage.createAccount(sam.page, person('Sam'));
    await sam.page.goto(`${run.url}/sharing`);
    await expectPage(sam.page, 'Sharing');
    await sam.page.getByRole('heading', { name: 'People with access' }).waitFor();
    await expectAccessible(sam.page, 'the Sharing page');
    const { link } = await invite(sam.page, {
      role: 'Friend',
      name: 'Jo',
      sections: ['My crisis plan', 'My goals'],
    });
    await expectAccessible(sam.page, 'the Sharing page showing the invitation');

    // 2. Jo signs up first, then opens the link and accepts.
    const jo = await newPage();
    await signUpPage.open(jo.page, run.url);
    await signUpPage.createAccount(jo.page, person('Jo'));
    await jo.page.goto(link);
    await expectPage(jo.page, 'Sam invites you to see their record');
    await expectAccessible(jo.page, 'the invitation accept page');
    await jo.page.getByRole('button', { name: 'Accept' }).click();
    await jo.page.waitForURL(/\/people\/[0-9a-f-]{36}$/);
    const samRecord = jo.page.url();

    // Only the crisis plan and goals: in the banner, in the record's navigation, on its home.
    await expectPage(jo.page, 'Sam’s record');
    await expect
      .poll(() => jo.page.getByRole('note').first().textContent())
      .toMatch(/^Sam’s record, shared with you: (crisis plan and goals|goals and crisis plan)You/);
    expect((await linksIn(jo.page, 'Sam’s record')).sort()).toEqual(['crisis plan', 'goals']);
    expect(
      await jo.page
        .getByRole('main')
        .getByRole('link', { name: /^Open / })
        .count(),
    ).toBe(2);
    await expectAccessible(jo.page, 'the shared record’s first page');

    const nav = jo.page.getByRole('navigation', { name: 'Sam’s record', exact: true });
    await nav.getByRole('link', { name: 'crisis plan' }).click();
    await jo.page.waitForURL(`${samRecord}/crisis-plan`);
    await jo.page.getByText('Sam has not written a crisis plan yet.').waitFor();
    await expectAccessible(jo.page, 'the shared crisis plan');
    await nav.getByRole('link', { name: 'goals' }).click();
    await jo.page.waitForURL(`${samRecord}/goals`);
    await jo.page.getByText('Sam has not added any goals yet.').waitFor();
    await expectAccessible(jo.page, 'the shared goals');

    // A section Sam did not share answers like any page that does not exist.
    for (const unshared of ['about-me', 'journal', 'plans/staying-well']) {
      await jo.page.goto(`${samRecord}/${unshared}`);
      await expectPage(jo.page, 'Page not found');
      await jo.page.getByText('We could not find that page. It may have moved.').waitFor();
    }

    await jo.page.goto(`${run.url}/people`);
    await expectPage(jo.page, 'People I support');
    await jo.page.getByRole('link', { name: 'Open Sam’s record' }).waitFor();
    await expectAccessible(jo.page, 'People I support');

    // Sam sees what Jo sees, without it counting as Jo looking.
    await sam.page.goto(`${run.url}/sharing`);
    await sam.page.getByRole('link', { name: 'See what Jo sees' }).click();
    await sam.page.getByText('This is what Jo sees. It is read-only.').waitFor();
    expect((await linksIn(sam.page, 'What Jo sees')).sort()).toEqual([
      'Back to Sharing',
      'crisis plan',
      'goals',
    ]);
    await expectAccessible(sam.page, 'the preview of what Jo sees');
    await sam.page
      .getByRole('navigation', { name: 'What Jo sees', exact: true })
      .getByRole('link', { name: 'crisis plan' })
      .click();
    await sam.page.getByText('Sam has not written a crisis plan yet.').waitFor();
    await expectAccessible(sam.page, 'the preview of Jo’s crisis plan');

    // 3. Sam stops sharing; Jo's next page load shows nothing of Sam's record.
    await sam.page.goto(`${run.url}/sharing`);
    await sam.page.getByRole('button', { name: 'Stop sharing with Jo' }).click();
    await sam.page.getByRole('button', { name: 'Yes, stop sharing' }).click();
    await sam.page.getByText('You stopped sharing with Jo.').waitFor();
    await sam.page.getByText('Nobody has access to your record. It is yours alone.').waitFor();

    await jo.page.goto(`${samRecord}/goals`);
    await expectPage(jo.page, 'Page not found');
    await jo.page
      .getByText('This record is not shared with you, or the sharing has ended.')
      .waitFor();
    expect(await jo.page.getByRole('note').count()).toBe(0);
    expect(await jo.page.getByRole('navigation', { name: 'Sam’s record' }).count()).toBe(0);
    expect(
      (
        await jo.context.request.get(`${run.url}/api/people/${samRecord.split('/').pop()}/goals`)
      ).status(),
    ).toBe(404);
    await jo.page.goto(`${run.url}/people`);
    await expectPage(jo.page, 'People I support');
    await jo.page.getByText('Nobody has shared their record with you yet.').waitFor();
    expect(await jo.page.getByRole('link', { name: 'Open Sam’s record' }).count()).toBe(0);
    await expectAccessible(jo.page, 'People I support after Sam stopped sharing');

    // 4. The access log names Jo's views, by name and section, and not Sam's preview.
    await sam.page.goto(`${run.url}/sharing/activity`);
    await expectPage(sam.page, 'Who has seen my record');
    await sam.page.getByText('Jo (friend) viewed your crisis plan').first().waitFor();
    await sam.page.getByText('Jo (friend) viewed your goals').first().waitFor();
    const main = (await sam.page.getByRole('main').textContent()) ?? '';
    expect(main).not.toMatch(/viewed your (about me|journal|staying-well plan)/);
    await expectAccessible(sam.page, 'the access log');

    // 5. Quick exit from a fresh tab, after moving through the app: Back does not return.
    const tab = await sam.context.newPage();
    await tab.goto(`${run.url}/sharing`);
    await expectPage(tab, 'Sharing');
    await tab.getByRole('link', { name: 'Who has seen my record' }).click();
    await expectPage(tab, 'Who has seen my record');
    await tab.getByRole('button', { name: 'Exit this page' }).click();
    await tab.waitForURL(neutral.url);
    await expectPage(tab, 'News');
    await tab.goBack();
    expect(tab.url().startsWith(run.url)).toBe(false);
    expect(await tab.getByRole('heading', { name: /Who has seen|Sharing/ }).count()).toBe(0);
  });
});

describe.skipIf(!hasBrowser)(
  'The demo accounts’ first impression',
  { timeout: STEP_TIMEOUT },
  () => {
    let server: RunningServer;
    let browser: Browser;

    beforeAll(async () => {
      server = await startServer({ DEMO_DATA: 'true' });
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    const accounts = [
      {
        who: 'the demo supporter',
        email: 'jo@demo.waymark.invalid',
        password: 'demo-supporter-jo-2026',
      },
      {
        who: 'the demo practitioner',
        email: 'priya@demo.waymark.invalid',
        password: 'demo-practitioner-priya-2026',
        // Staff must use two-step sign-in (decision 0039): the demo's published secret.
        totpSecret: DEMO_PRACTITIONER_TOTP_SECRET,
      },
    ] as { who: string; email: string; password: string; totpSecret?: string }[];

    for (const account of accounts) {
      it(`${account.who} lands on People I support and opens Sam’s shared sections`, async () => {
        const context = await browser.newContext();
        try {
          const page = await context.newPage();
          await page.goto(`${server.url}/sign-in`);
          await expectPage(page, 'Sign in to Waymark');
          await page.getByLabel('Email address').fill(account.email);
          await page.getByLabel('Password').fill(account.password);
          await page.getByRole('button', { name: 'Sign in' }).click();
          if (account.totpSecret) {
            await expectPage(page, 'Enter the code from your app');
            await page
              .getByLabel('Code', { exact: true })
              .fill(await freshTotpCode(account.totpSecret));
            await page.getByRole('button', { name: 'Continue' }).click();
          }
          await expectPage(page, 'People I support');
          expect(await page.getByText('We could not find that').count()).toBe(0);
          await expectAccessible(page, `People I support for ${account.who}`);

          await page.getByRole('link', { name: /^Open Sam/ }).click();
          await expectPage(page, /^Sam.*’s record$/);
          const navigation = page.getByRole('navigation', { name: /^Sam.*’s record$/ });
          const sections = await navigation.getByRole('link').allTextContents();
          expect(sections).toEqual(expect.arrayContaining(['crisis plan', 'goals']));
          for (const section of ['crisis plan', 'goals']) {
            await navigation.getByRole('link', { name: section, exact: true }).click();
            await page.getByRole('heading', { level: 1 }).waitFor();
            expect(await page.getByRole('heading', { name: 'Page not found' }).count()).toBe(0);
            await expectAccessible(page, `Sam’s ${section} for ${account.who}`);
          }
        } finally {
          await context.close();
        }
      });
    }
  },
);
