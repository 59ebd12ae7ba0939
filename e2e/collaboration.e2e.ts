// Working together beside the record (decision 0030), in a real browser with Sam and Jo in
// separate browser contexts: Jo, with suggest access on Sam's staying-well plan, records a
// different view on one of its parts, and Sam sees both side by side, Sam's own words first;
// Jo leaves encouragement on Sam's goal and Sam hides it for themselves. axe-core checks every
// page that shows them. Sam gives Jo suggest on the plan on the invitation form, as anyone would:
// every step goes through the app.
import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectPage, person, signUpPage } from './pages.ts';
import { expectAccessible, hasBrowser, serverAndPeople } from './support.ts';

const STEP_TIMEOUT = 240_000;

/** A write through the API as the signed-in browser context, for setting up Sam's record. */
async function apiAs(
  context: BrowserContext,
  base: string,
  method: 'POST' | 'PUT',
  url: string,
  data: object,
  ifMatch?: number,
) {
  const session = await (await context.request.get(`${base}/api/auth/session`)).json();
  const response = await context.request.fetch(`${base}${url}`, {
    method,
    data,
    headers: {
      Origin: base,
      'X-CSRF-Token': session.csrfToken,
      ...(ifMatch === undefined ? {} : { 'If-Match': `W/"${ifMatch}"` }),
    },
  });
  expect(response.status(), `${method} ${url}: ${await response.text()}`).toBeLessThan(300);
  return { personId: session.account.id as string, body: await response.json() };
}

describe.skipIf(!hasBrowser)(
  'Working together beside the record',
  { timeout: STEP_TIMEOUT },
  () => {
    const run = serverAndPeople();
    const { newPage } = run;

    it('Jo records a different view beside Sam’s plan and Sam sees both side by side; Jo encourages Sam on a goal and Sam hides it', async () => {
      // Sam writes a staying-well plan and a goal, and invites Jo to both.
      const sam = await newPage();
      await signUpPage.open(sam.page, run.url);
      await signUpPage.createAccount(sam.page, person('Sam'));
      const session = await (await sam.context.request.get(`${run.url}/api/auth/session`)).json();
      const samId = session.account.id as string;
      await apiAs(
        sam.context,
        run.url,
        'PUT',
        `/api/people/${samId}/staying-well-plan`,
        {
          daily: ['A walk before breakfast'],
          weekly: [],
          triggers: [{ trigger: 'Crowded buses', whatHelps: 'Walking instead' }],
          earlyWarningSigns: [],
          gettingWorse: [],
        },
        0,
      );
      const goal = await apiAs(sam.context, run.url, 'POST', `/api/people/${samId}/goals`, {
        title: 'Swim once a week',
        why: '',
        lifeAreaId: null,
        steps: [{ id: 'saturday', text: 'Go on Saturday', done: true }],
        whoHelps: '',
        targetDate: null,
        status: 'in_progress',
      });
      await sam.page.goto(`${run.url}/sharing`);
      await expectPage(sam.page, 'Sharing');
      // Jo may read both, and also suggest on the plan (which lets Jo record a view beside it).
      await sam.page.getByRole('radio', { name: 'Friend' }).check();
      await sam.page.getByRole('textbox', { name: 'The name you know them by' }).fill('Jo');
      await sam.page.getByRole('checkbox', { name: 'My staying-well plan', exact: true }).check();
      await sam.page.getByRole('checkbox', { name: 'My goals', exact: true }).check();
      await sam.page
        .getByRole('checkbox', { name: /^My staying-well plan: they can also suggest/ })
        .check();
      await expectAccessible(sam.page, 'the invitation form with suggest on the plan');
      await sam.page.getByRole('button', { name: 'Make the invitation' }).click();
      await sam.page.getByRole('heading', { name: 'Your invitation for Jo' }).waitFor();
      const link = await sam.page.getByRole('textbox', { name: 'Invitation link' }).inputValue();

      const jo = await newPage();
      await signUpPage.open(jo.page, run.url);
      await signUpPage.createAccount(jo.page, person('Jo'));
      await jo.page.goto(link);
      await jo.page.getByRole('button', { name: 'Accept' }).click();
      await jo.page.waitForURL(/\/people\/[0-9a-f-]{36}$/);
      const samRecord = jo.page.url();

      // 1. Jo records a different view on the plan's triggers.
      await jo.page.goto(`${samRecord}/plans/staying-well`);
      const joViews = jo.page.getByRole('region', { name: 'Views side by side' });
      await joViews.getByText('Nobody has added a view yet.').waitFor();
      await joViews
        .getByRole('combobox', { name: 'Which part is your view about?' })
        .selectOption({ label: 'Things that can set me off, and what helps' });
      await joViews
        .getByRole('textbox', { name: 'Your view' })
        .fill('I think money worries set you off too');
      await joViews.getByRole('button', { name: 'Add your view' }).click();
      await joViews.getByText('I think money worries set you off too', { exact: true }).waitFor();
      await joViews.getByRole('heading', { name: 'Sam’s words' }).waitFor();
      await expectAccessible(jo.page, 'the shared staying-well plan with Jo’s view');

      // 2. Sam sees both side by side: their own words first, then Jo's view, each labelled.
      await sam.page.goto(`${run.url}/plans/staying-well`);
      const samViews = sam.page.getByRole('region', { name: 'Views side by side' });
      await samViews.getByText('I think money worries set you off too', { exact: true }).waitFor();
      expect(await samViews.getByRole('heading', { level: 4 }).allTextContents()).toEqual([
        'Your words',
        'Jo’s view',
      ]);
      await samViews.getByText('Crowded buses (What helps: Walking instead)').waitFor();
      await samViews.getByRole('textbox', { name: 'Reply to Jo' }).fill('Yes, money too');
      await samViews.getByRole('button', { name: 'Send reply' }).click();
      await samViews.getByRole('heading', { name: 'Your reply' }).waitFor();
      await expectAccessible(sam.page, 'Sam’s staying-well plan with Jo’s view beside it');
      // The plan itself is unchanged: still version 1.
      const saved = await (
        await sam.context.request.get(`${run.url}/api/people/${samId}/staying-well-plan`)
      ).json();
      expect(saved.version).toBe(1);

      // 3. Jo leaves encouragement on Sam's goal.
      await jo.page.goto(`${samRecord}/goals/${goal.body.id}`);
      await expectPage(jo.page, 'Swim once a week');
      const joComments = jo.page.getByRole('region', { name: 'Encouragement' });
      await joComments
        .getByRole('textbox', { name: 'Leave a comment or some encouragement' })
        .fill('Well done on Saturday');
      await joComments
        .getByRole('combobox', { name: 'What is it about?' })
        .selectOption({ label: 'Step: Go on Saturday' });
      await joComments.getByRole('button', { name: 'Send comment' }).click();
      await joComments.getByText('Well done on Saturday', { exact: true }).waitFor();
      await expectAccessible(jo.page, 'Sam’s goal with Jo’s comment');

      // 4. Sam sees who said it, and hides it for themselves.
      await sam.page.goto(`${run.url}/goals/${goal.body.id}`);
      await expectPage(sam.page, 'Swim once a week');
      const samComments = sam.page.getByRole('region', { name: 'Encouragement' });
      await samComments.getByText('Well done on Saturday', { exact: true }).waitFor();
      await samComments.getByText(/^Jo, .* · About the step “Go on Saturday”$/).waitFor();
      await expectAccessible(sam.page, 'Sam’s goal with Jo’s comment');
      await samComments.getByRole('button', { name: 'Hide this comment' }).click();
      await samComments.getByText('You hid a comment from Jo.').waitFor();
      expect(await samComments.getByText('Well done on Saturday', { exact: true }).count()).toBe(0);
      await expectAccessible(sam.page, 'Sam’s goal with the comment hidden');

      // What Jo did is in Sam's access log, without the words.
      await sam.page.goto(`${run.url}/sharing/activity`);
      await sam.page.getByText('Jo (friend) left a comment on your goals').first().waitFor();
      await sam.page
        .getByText('Jo (friend) added their view beside your staying-well plan')
        .first()
        .waitFor();
      expect((await sam.page.getByRole('main').textContent()) ?? '').not.toContain('Saturday');
    });
  },
);
