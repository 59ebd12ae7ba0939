// Issue 14's journey in one real browser, every step through the pages a person would use:
// the operator's command makes a service; its admin sets up, adds a team, makes the team's code
// and invites a practitioner; the practitioner sets up and turns on two-step sign-in from the
// key the page shows; Ana joins the team with its code, sharing her goals and working on her
// reviews with the team; Ana rates before the meeting; Ana and the practitioner review
// together; the agreed action reaches Ana's goals only when she confirms; Ana leaves the team,
// and the practitioner's next request is the 404 of nobody's record. axe-core checks each page.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectPage, fillDate, person, signUpPage } from './pages.ts';
import {
  expectAccessible,
  hasBrowser,
  launchBrowser,
  type RunningServer,
  separateContexts,
  startServer,
} from './support.ts';
import { freshTotpCode } from './walk.ts';

const TIMEOUT = 300_000;

/** Turns on two-step sign-in in Settings, reading the key the page shows as an app would. */
async function turnOnTwoStep(page: Page) {
  await page.getByRole('button', { name: 'Set up two-step sign-in' }).click();
  const key = (await page.getByTestId('setup-key').textContent())?.replace(/\s/g, '') ?? '';
  await page.getByLabel('Code from your app').fill(await freshTotpCode(key));
  await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
  await page.getByRole('button', { name: 'I have saved these codes' }).click();
  await page.getByText('Two-step sign-in is on.').first().waitFor();
}
const STAFF_PASSWORD = 'a long enough password for staff';

describe.skipIf(!hasBrowser)(
  'A service, from its first admin to a person leaving',
  { timeout: TIMEOUT },
  () => {
    let server: RunningServer;
    let browser: Browser;
    const { newPage, closeAll } = separateContexts(() => browser);
    beforeAll(async () => {
      server = await startServer();
      browser = await launchBrowser();
    }, TIMEOUT);
    afterAll(async () => {
      await closeAll();
      await browser?.close();
      await server?.stop();
    });

    it('runs end to end on the pages people use', async () => {
      const url = server.url;
      // The operator's command: a service and the set-up link for its first admin.
      const cli = path.resolve(import.meta.dirname, '../src/server/cli.ts');
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [
          cli,
          'service',
          'create',
          '--name',
          'Riverside Recovery',
          '--admin-email',
          `admin.${Date.now()}@example.test`,
        ],
        { env: { ...process.env, DATA_DIR: server.dataDir } },
      );
      const adminLink = stdout.match(/https?:\/\/\S+\/set-up\/\S+/)?.[0] ?? '';
      expect(adminLink).not.toBe('');

      // 1. The admin sets up, adds a team, makes its code and invites a practitioner.
      const admin = await newPage();
      await admin.page.goto(adminLink.replace(/^https?:\/\/[^/]+/, url));
      await expectPage(admin.page, 'Set up your account');
      await admin.page.getByLabel('Password').fill(STAFF_PASSWORD);
      await admin.page.getByRole('button', { name: 'Set up my account' }).click();
      // Staff turn on two-step sign-in before anything else (decision 0039): Settings opens.
      await expectPage(admin.page, 'Settings');
      await turnOnTwoStep(admin.page);
      await admin.page.goto(`${url}/service/teams`);
      await expectPage(admin.page, 'Teams');
      await admin.page.getByLabel('Team name').fill('Riverside team');
      await admin.page.getByRole('button', { name: 'Add team' }).click();
      await admin.page.getByText('Team added.').waitFor();
      // A team has its code from the start; the admin passes it on.
      await admin.page
        .getByRole('button', { name: 'Make a new code for Riverside team' })
        .waitFor();
      const codeLine = await admin.page.getByText(/^Code to join this team: /).textContent();
      const teamCode = codeLine?.match(/: (\S+?)\. /)?.[1] ?? '';
      expect(teamCode).not.toBe('');
      await expectAccessible(admin.page, 'the Teams page with a code');
      await admin.page.goto(`${url}/service/staff`);
      await expectPage(admin.page, 'Staff');
      await admin.page.getByLabel('Full name').fill('Priya Shah');
      await admin.page.getByLabel('Email address').fill(`priya.${Date.now()}@example.test`);
      await admin.page.getByLabel('Team').selectOption({ label: 'Riverside team' });
      await admin.page.getByRole('button', { name: 'Invite' }).click();
      const staffLink = await admin.page.getByLabel('Set-up link').inputValue();
      expect(staffLink).toContain('/set-up/');

      // 2. The practitioner sets up and turns on two-step sign-in from the key shown.
      const priya = await newPage();
      await priya.page.goto(staffLink.replace(/^https?:\/\/[^/]+/, url));
      await expectPage(priya.page, 'Set up your account');
      await priya.page.getByLabel('Password').fill(STAFF_PASSWORD);
      await priya.page.getByRole('button', { name: 'Set up my account' }).click();
      await expectPage(priya.page, 'Settings');
      await turnOnTwoStep(priya.page);
      await expectAccessible(priya.page, 'Settings with two-step sign-in on');

      // 3. Ana joins with the team code: her goals to see, her reviews to work on together.
      const ana = await newPage();
      await signUpPage.open(ana.page, url);
      await signUpPage.createAccount(ana.page, person('Ana'));
      await ana.page.goto(`${url}/sharing`);
      await ana.page.getByLabel('Team code').fill(teamCode);
      await ana.page.getByRole('button', { name: 'Find the team' }).click();
      const choices = ana.page.getByRole('group', { name: 'What can Riverside team see?' });
      await choices.getByRole('checkbox', { name: 'goals', exact: true }).check();
      await choices.getByRole('checkbox', { name: 'reviews', exact: true }).check();
      await choices
        .getByRole('checkbox', { name: 'They can also work on your reviews with you' })
        .check();
      await ana.page.getByRole('button', { name: 'Connect to the team' }).click();
      await ana.page.getByText('You are now connected to Riverside team.').waitFor();

      // 4. Ana rates before the meeting on her own device.
      await ana.page.goto(`${url}/reviews`);
      await ana.page.getByRole('button', { name: 'Start a new review' }).click();
      await expectPage(ana.page, /^Review started /);
      const reviewPath = new URL(ana.page.url()).pathname;
      await ana.page.getByRole('link', { name: 'Rate before the meeting' }).click();
      await expectPage(ana.page, 'Rate before your review');
      const session = (await (await ana.page.request.get(`${url}/api/auth/session`)).json()) as {
        account: { id: string };
      };
      const anaId = session.account.id;
      const areas = (await (
        await ana.page.request.get(`${url}/api/people/${anaId}/life-areas`)
      ).json()) as { items: { data: { name: string } }[] };
      const areaName = areas.items[0]?.data.name ?? '';
      await ana.page
        .getByRole('group', { name: `How is ${areaName} going?` })
        .getByRole('radio', { name: '3', exact: true })
        .check();
      await ana.page.getByRole('button', { name: 'Save my ratings' }).click();
      await expectPage(ana.page, /^Review started /);

      // 5. In the meeting, Priya opens Ana's review and saves one area with an action.
      await priya.page.goto(`${url}/my-people`);
      await priya.page.getByRole('link', { name: /^Open the record of Ana/ }).click();
      await priya.page.waitForURL(/\/people\/[0-9a-f-]{36}$/);
      const anaRecord = priya.page.url();
      expect(anaRecord).toContain(anaId);
      await priya.page.goto(`${anaRecord}${reviewPath}`);
      await expectPage(priya.page, /^Review started /);
      await priya.page.getByRole('link', { name: 'Work on this review together' }).click();
      await expectPage(priya.page, 'Review together');
      await priya.page.getByRole('checkbox', { name: areaName, exact: true }).check();
      await priya.page.getByLabel('What is going well?').fill('Seeing friends again');
      await priya.page.getByLabel('What is hard?').fill('Evenings alone');
      await priya.page.getByRole('button', { name: 'Add an action' }).click();
      await priya.page.getByLabel('What will be done?').fill('Ring Jo on Sunday evenings');
      await priya.page.getByRole('radio', { name: 'The practitioner' }).check();
      await fillDate(priya.page, 'By when?', { day: '20', month: '12', year: '2026' });
      await fillDate(priya.page, 'Date of the next review', { day: '1', month: '3', year: '2027' });
      await priya.page.getByRole('button', { name: 'Save the review' }).click();
      await expectPage(priya.page, /^Review started /);
      await expectAccessible(priya.page, 'the review as the practitioner sees it');

      // 6. Nothing reaches Ana's goals until she confirms.
      const goals = async () =>
        (await ana.page.request.get(`${url}/api/people/${anaId}/goals`)).text();
      expect(await goals()).not.toContain('Ring Jo on Sunday evenings');
      await ana.page.goto(`${url}${reviewPath}`);
      await ana.page.getByRole('button', { name: 'Add to my goals' }).click();
      await ana.page.getByRole('status').getByText('Added to your goals.').waitFor();
      expect(await goals()).toContain('Ring Jo on Sunday evenings');

      // 7. Ana leaves the team: Priya's very next request is the 404.
      const before = await priya.page.request.get(`${url}/api/people/${anaId}/goals`);
      expect(before.status()).toBe(200);
      await ana.page.goto(`${url}/sharing`);
      await ana.page.getByRole('button', { name: 'Leave Riverside team' }).click();
      await ana.page.getByRole('button', { name: 'Yes, leave the team' }).click();
      await ana.page.getByText('You have left Riverside team.').waitFor();
      const after = await priya.page.request.get(`${url}/api/people/${anaId}/goals`);
      expect(after.status()).toBe(404);
      // Ana keeps everything, the review included.
      await ana.page.goto(`${url}${reviewPath}`);
      await expectPage(ana.page, /^Review started /);
    });
  },
);
