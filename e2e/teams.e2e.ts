// Connecting to a team in a real browser (issue 14, decision 0040): a service made as an operator
// makes one, with two teams and a practitioner with two-step sign-in in each. Ana connects to
// the Riverside team with its code on her Sharing page, sharing her goals; Priya, in that team,
// finds her on "My people" and reads her goals, logged under Priya's own name with the team;
// Sam, in another team, gets the 404 of nobody's record; Ana leaves the team, and Priya's very
// next request is the 404 too. axe-core checks every new page.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectPage, person, signUpPage } from './pages.ts';
import { addStaff, createService, send } from './service-setup.ts';
import {
  expectAccessible,
  hasBrowser,
  launchBrowser,
  type RunningServer,
  separateContexts,
  startServer,
} from './support.ts';
import { signInContext } from './walk.ts';

const STEP_TIMEOUT = 240_000;

describe.skipIf(!hasBrowser)('Connecting to a team', { timeout: STEP_TIMEOUT }, () => {
  let server: RunningServer;
  let browser: Browser;
  const { newPage, closeAll } = separateContexts(() => browser);
  const run = {
    get url() {
      return server.url;
    },
  };
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await closeAll();
    await browser?.close();
    await server?.stop();
  });

  it('Ana joins with the team code; Priya in the team reads her goals, Sam in another team cannot, and after Ana leaves neither can Priya', async () => {
    // The operator's service and its admin, with two teams and a practitioner in each.
    const admin = await createService(run.url, server.dataDir, 'Riverside Recovery');
    const riverside = await send(run.url, admin, 'POST', '/api/service/teams', {
      name: 'Riverside team',
    });
    const other = await send(run.url, admin, 'POST', '/api/service/teams', { name: 'Hill team' });
    const code = await send(run.url, admin, 'GET', `/api/service/teams/${riverside?.id}/code`);
    const staff = async (name: string, email: string, teamId: unknown) =>
      (await addStaff(run.url, admin, { name, email, teamId })).login;
    const priyaLogin = await staff('Priya Shah', `priya.${Date.now()}@example.test`, riverside?.id);
    const samLogin = await staff('Sam Jones', `sam.${Date.now()}@example.test`, other?.id);

    // 1. Ana connects to the Riverside team with its code, sharing her goals.
    const ana = await newPage();
    await signUpPage.open(ana.page, run.url);
    await signUpPage.createAccount(ana.page, person('Ana'));
    await ana.page.goto(`${run.url}/sharing`);
    await expectPage(ana.page, 'Sharing');
    await ana.page.getByLabel('Team code').fill(String(code?.code));
    await ana.page.getByRole('button', { name: 'Find the team' }).click();
    await ana.page
      .getByText('This code is for Riverside team, part of Riverside Recovery.')
      .waitFor();
    await expectAccessible(ana.page, 'the Sharing page, choosing what a team sees');
    await ana.page
      .getByRole('group', { name: 'What can Riverside team see?' })
      .getByRole('checkbox', { name: 'goals', exact: true })
      .check();
    await ana.page.getByRole('button', { name: 'Connect to the team' }).click();
    await ana.page.getByText('You are now connected to Riverside team.').waitFor();
    await ana.page.getByText('A team at Riverside Recovery').waitFor();
    await expectAccessible(ana.page, 'the Sharing page with a team connected');

    // 2. Priya finds Ana on My people and reads her goals.
    const priya = await newPage();
    await signInContext(priya.page.context(), run.url, priyaLogin);
    await priya.page.goto(`${run.url}/my-people`);
    await expectPage(priya.page, 'My people');
    await priya.page.getByText('Shared: goals').waitFor();
    await expectAccessible(priya.page, 'My people');
    await priya.page.getByRole('link', { name: /^Open the record of Ana/ }).click();
    await priya.page.waitForURL(/\/people\/[0-9a-f-]{36}$/);
    const anaRecord = priya.page.url();
    const anaId = anaRecord.split('/people/')[1] ?? '';
    await priya.page.goto(`${anaRecord}/goals`);
    await priya.page.getByText('Ana has not added any goals yet.').waitFor();

    // Logged under Priya's own name, with the team.
    await ana.page.goto(`${run.url}/sharing/activity`);
    await ana.page
      .getByText(/Priya Shah \(Riverside team\) viewed your goals/)
      .first()
      .waitFor();

    // 3. Sam, in another team, gets the 404 of nobody's record.
    const sam = await newPage();
    await signInContext(sam.page.context(), run.url, samLogin);
    const asSam = await sam.page.request.get(`${run.url}/api/people/${anaId}/goals`);
    expect(asSam.status()).toBe(404);

    // 4. Ana leaves the team: Priya's very next request is the 404.
    const before = await priya.page.request.get(`${run.url}/api/people/${anaId}/goals`);
    expect(before.status()).toBe(200);
    await ana.page.goto(`${run.url}/sharing`);
    await ana.page.getByRole('button', { name: 'Leave Riverside team' }).click();
    await ana.page.getByRole('button', { name: 'Yes, leave the team' }).click();
    await ana.page.getByText('You have left Riverside team.').waitFor();
    const after = await priya.page.request.get(`${run.url}/api/people/${anaId}/goals`);
    expect(after.status()).toBe(404);
    await priya.page.goto(`${run.url}/my-people`);
    await priya.page.getByText('Nobody has joined your teams yet.').waitFor();
  });
});
