// Early-warning alerts in a real browser, with Sam, Jo and Priya in separate contexts: Sam
// shares with both, picks only Jo beside the staying-well plan, then says in a check-in that one
// of their early warning signs is there. Jo's navigation counts one new notification and the
// list says only "Sam would like you to check in with them"; Priya's list has nothing. Sam is
// told who accepted the invitations. axe-core checks the new pages.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectPage, invite, person, signUpPage } from './pages.ts';
import {
  expectAccessible,
  hasBrowser,
  launchBrowser,
  type RunningServer,
  serverAndPeople,
  startServer,
} from './support.ts';

const STEP_TIMEOUT = 240_000;
const SIGN = 'Sleeping past noon';
const PLANNED = 'Set two alarms and text Ade';

/** A JSON request from the page, as the web app sends it (session cookie and CSRF token). */
async function apiFrom(page: Page, method: string, path: string, body?: unknown, version?: number) {
  return page.evaluate(
    async ({ method, path, body, version }) => {
      const session = await (await fetch('/api/auth/session')).json();
      const headers: Record<string, string> = {
        'Content-Type': 'application/json',
        'X-CSRF-Token': session.csrfToken,
      };
      if (version !== undefined) headers['If-Match'] = `W/"${version}"`;
      const response = await fetch(`/api${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: await response.json().catch(() => null) };
    },
    { method, path, body, version },
  );
}

describe.skipIf(!hasBrowser)(
  'Early-warning alerts the person chose',
  { timeout: STEP_TIMEOUT },
  () => {
    const run = serverAndPeople();
    const { newPage } = run;

    it('a check-in naming an early warning sign puts an alert in the chosen supporter’s list, and in nobody else’s', async () => {
      const sam = await newPage();
      await signUpPage.open(sam.page, run.url);
      await signUpPage.createAccount(sam.page, person('Sam'));
      const samId = (await apiFrom(sam.page, 'GET', '/account')).body.id as string;

      // Sam's plan has an early warning sign, asked about in check-ins.
      const plan = await apiFrom(
        sam.page,
        'PUT',
        `/people/${samId}/staying-well-plan`,
        {
          daily: [],
          weekly: [],
          triggers: [],
          earlyWarningSigns: [{ sign: SIGN, whatToDo: PLANNED }],
          gettingWorse: [],
        },
        0,
      );
      expect(plan.status).toBe(200);
      const settings = (await apiFrom(sam.page, 'GET', `/people/${samId}/checkin-settings`)).body;
      const prompts = await apiFrom(
        sam.page,
        'PUT',
        `/people/${samId}/checkin-settings`,
        { ...settings.data, warningSignPrompts: [SIGN] },
        settings.version,
      );
      expect(prompts.status).toBe(200);

      // Sam invites Jo and Priya; each accepts in their own browser.
      const supporters: Record<string, Page> = {};
      for (const name of ['Jo', 'Priya']) {
        await sam.page.goto(`${run.url}/sharing`);
        await expectPage(sam.page, 'Sharing');
        const { link } = await invite(sam.page, { role: 'Friend', name, sections: ['My goals'] });
        const them = await newPage();
        await signUpPage.open(them.page, run.url);
        await signUpPage.createAccount(them.page, person(name));
        await them.page.goto(link);
        await them.page.getByRole('button', { name: 'Accept' }).click();
        await them.page.waitForURL(/\/people\/[0-9a-f-]{36}$/);
        supporters[name] = them.page;
      }
      const jo = supporters.Jo as Page;
      const priya = supporters.Priya as Page;

      // Sam is told who accepted, and nothing of anyone's record.
      await sam.page.goto(`${run.url}/notifications`);
      await expectPage(sam.page, 'Notifications');
      await sam.page.getByRole('link', { name: 'Jo accepted your invitation' }).waitFor();
      await sam.page.getByRole('link', { name: 'Priya accepted your invitation' }).waitFor();
      await expectAccessible(sam.page, 'the notifications page');

      // Sam picks Jo, and only Jo, beside the staying-well plan.
      await sam.page.goto(`${run.url}/plans/staying-well`);
      await expectPage(sam.page, 'My staying-well plan');
      await sam.page.getByRole('checkbox', { name: 'Jo' }).check();
      await sam.page.getByRole('button', { name: 'Save who to tell' }).click();
      await sam.page.getByText('Saved. The people you ticked will be told.').waitFor();
      await expectAccessible(sam.page, 'the staying-well plan with whom to alert');

      // Sam checks in and says the sign is there; the plan answers with what they planned.
      await sam.page.goto(`${run.url}/check-in`);
      await expectPage(sam.page, 'Check in');
      await sam.page.getByRole('checkbox', { name: SIGN }).check();
      await sam.page.getByRole('button', { name: 'Save my check-in' }).click();
      await sam.page.getByText(PLANNED).waitFor();

      // Jo: one new notification, saying only that Sam would like a check-in.
      await jo.goto(`${run.url}/people`);
      const joLink = jo.getByRole('link', { name: 'Notifications, 1 new' });
      await joLink.waitFor();
      await jo.goto(`${run.url}/notifications`);
      await expectPage(jo, 'Notifications');
      const alert = jo.getByRole('link', { name: 'Sam would like you to check in with them' });
      await alert.waitFor();
      const listText = (await jo.locator('main').textContent()) ?? '';
      expect(listText).not.toContain(SIGN);
      expect(listText).not.toContain(PLANNED);
      await expectAccessible(jo, 'the notifications page with an alert');

      // Priya: nothing.
      await priya.goto(`${run.url}/notifications`);
      await expectPage(priya, 'Notifications');
      await priya.getByText('You have no notifications.').waitFor();
      await expectAccessible(priya, 'the notifications page, empty');

      // Settings: the choices are there and accessible.
      await jo.goto(`${run.url}/settings`);
      await expectPage(jo, 'Settings');
      await jo.getByRole('button', { name: 'Save notification choices' }).waitFor();
      await expectAccessible(jo, 'settings with notification choices');
    });
  },
);

describe.skipIf(!hasBrowser)('A supporter’s own space', { timeout: STEP_TIMEOUT }, () => {
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

  it('the demo supporter writes in their own space, sees its earlier versions, reads the guide, and Sam cannot open it', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}/sign-in`);
      await page.getByLabel('Email address').fill('jo@demo.waymark.invalid');
      await page.getByLabel('Password').fill('demo-supporter-jo-2026');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expectPage(page, 'People I support');
      await page
        .getByRole('link', { name: 'My space: what I need, and looking after myself' })
        .click();
      await expectPage(page, 'My space');
      await page.getByRole('textbox', { name: 'What I need' }).fill('An evening off each week');
      await page.getByRole('button', { name: 'Save my space' }).click();
      await page.getByText('Saved.', { exact: true }).waitFor();
      await expectAccessible(page, 'my space');
      const joId = (await apiFrom(page, 'GET', '/account')).body.id as string;
      // Each save is a version of Jo's own: the history page lists them, Jo's own ("you").
      await page.getByRole('link', { name: 'Earlier versions of my space' }).click();
      await expectPage(page, 'Earlier versions of My space');
      await page.getByText('This is the current version').waitFor();
      await page.getByText('Written by you').first().waitFor();
      await expectAccessible(page, 'earlier versions of my space');
      await page.getByRole('link', { name: 'Back to My space' }).click();
      await expectPage(page, 'My space');
      await page.getByRole('link', { name: 'Read a short guide to supporting someone' }).click();
      await expectPage(page, 'Supporting someone’s recovery');
      await expectAccessible(page, 'the guide to supporting someone');
      await context.close();

      // Sam, whom Jo supports, gets the same answer as for nobody's record.
      const samContext = await browser.newContext();
      const sam = await samContext.newPage();
      await sam.goto(`${server.url}/sign-in`);
      await sam.getByLabel('Email address').fill('sam@demo.waymark.invalid');
      await sam.getByLabel('Password').fill('demo-person-sam-2026');
      await sam.getByRole('button', { name: 'Sign in' }).click();
      await sam.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
      await sam.getByRole('heading', { level: 1 }).waitFor();
      const theirs = await apiFrom(sam, 'GET', `/people/${joId}/supporter-space`);
      const nobody = await apiFrom(sam, 'GET', `/people/${crypto.randomUUID()}/supporter-space`);
      expect(theirs.status).toBe(404);
      expect(theirs.body).toEqual(nobody.body);
      await samContext.close();
    } finally {
      await context.close().catch(() => undefined);
    }
  });
});
