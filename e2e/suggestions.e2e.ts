// Suggestions in a real browser, with Sam and Jo in separate browser contexts (decision 0029):
// Sam invites Jo with "suggest" on goals; Jo proposes a new step for Sam's goal; Sam sees the
// count on Home, changes the wording and accepts; History shows who wrote the version and who
// agreed it; Jo sees the suggestion accepted with changes. axe-core checks every new page.
import { describe, expect, it } from 'vitest';
import { expectPage, goalPage, person, signUpPage } from './pages.ts';
import { expectAccessible, hasBrowser, serverAndPeople } from './support.ts';

const STEP_TIMEOUT = 240_000;

describe.skipIf(!hasBrowser)('Suggestions the person decides on', { timeout: STEP_TIMEOUT }, () => {
  const run = serverAndPeople();
  const { newPage } = run;

  it('Jo suggests a new step; Sam changes the wording and accepts; History names both; Jo sees it accepted', async () => {
    // Sam has a goal and invites Jo, who may suggest changes to goals.
    const sam = await newPage();
    await signUpPage.open(sam.page, run.url);
    await signUpPage.createAccount(sam.page, person('Sam'));
    await sam.page.goto(`${run.url}/goals/new`);
    await expectPage(sam.page, 'Add a goal');
    await sam.page.getByLabel('What do you want to work towards?').fill('Get out more');
    await sam.page.getByRole('button', { name: 'Save goal' }).click();
    await expectPage(sam.page, 'Get out more');
    const goalUrl = sam.page.url();

    await sam.page.goto(`${run.url}/sharing`);
    await expectPage(sam.page, 'Sharing');
    await sam.page.getByRole('radio', { name: 'Friend' }).check();
    await sam.page.getByRole('textbox', { name: 'The name you know them by' }).fill('Jo');
    await sam.page.getByRole('checkbox', { name: 'My goals', exact: true }).check();
    const suggestToo = sam.page.getByRole('checkbox', { name: /^My goals: they can also suggest/ });
    await suggestToo.check();
    await expectAccessible(sam.page, 'the invitation form offering suggest');
    await sam.page.getByRole('button', { name: 'Make the invitation' }).click();
    await sam.page.getByRole('heading', { name: 'Your invitation for Jo' }).waitFor();
    const link = await sam.page.getByRole('textbox', { name: 'Invitation link' }).inputValue();

    // 1. Jo accepts, opens Sam's goal and suggests a new step.
    const jo = await newPage();
    await signUpPage.open(jo.page, run.url);
    await signUpPage.createAccount(jo.page, person('Jo'));
    await jo.page.goto(link);
    await jo.page.getByRole('button', { name: 'Accept' }).click();
    await jo.page.waitForURL(/\/people\/[0-9a-f-]{36}$/);
    const samRecord = jo.page.url();
    await jo.page.goto(`${samRecord}/goals/${goalUrl.split('/').pop()}`);
    await expectPage(jo.page, 'Get out more');
    await jo.page.getByRole('button', { name: 'Suggest a change' }).click();
    await jo.page.getByRole('heading', { name: 'Suggest a change to a goal' }).waitFor();
    await jo.page.getByLabel('Add a step (optional)').fill('Join the Saturday walk');
    await expectAccessible(jo.page, 'the suggestion form');
    await jo.page.getByRole('button', { name: 'Send suggestion' }).click();
    await jo.page
      .getByRole('status')
      .filter({ hasText: 'Your suggestion was sent to Sam' })
      .waitFor();
    await expectAccessible(jo.page, 'the suggestion sent');
    // Nothing changed in Sam's record.
    await sam.page.goto(goalUrl);
    await expectPage(sam.page, 'Get out more');
    expect(await goalPage.steps(sam.page).count()).toBe(0);

    // 2. Sam sees it on Home, changes the wording and accepts.
    await sam.page.goto(`${run.url}/`);
    await expectPage(sam.page, 'My recovery');
    await sam.page.getByRole('heading', { name: '1 suggestion is waiting for you' }).waitFor();
    await expectAccessible(sam.page, 'Home with a suggestion waiting');
    await sam.page.getByRole('link', { name: 'Look at suggestions' }).click();
    await expectPage(sam.page, 'Suggestions');
    const card = sam.page
      .getByRole('listitem')
      .filter({ hasText: 'Jo suggested a change to a goal' });
    await card.getByText('Join the Saturday walk').waitFor();
    await expectAccessible(sam.page, 'the Suggestions page');
    await card.getByRole('button', { name: 'Change it, then accept' }).click();
    await card.getByLabel('Step 1').fill('Join the Saturday morning walk');
    await expectAccessible(sam.page, 'changing a suggestion before accepting');
    await card.getByRole('button', { name: 'Accept with my changes' }).click();
    await sam.page.getByText('Accepted. It is now part of your record.').waitFor();
    await sam.page.getByText('Accepted with changes').waitFor();

    await sam.page.goto(goalUrl);
    await goalPage.step(sam.page, 'Join the Saturday morning walk').waitFor();

    // 3. History shows who wrote the version and who agreed it.
    await sam.page.goto(`${goalUrl}/history`);
    await expectPage(sam.page, /^Earlier versions of/);
    const latest = sam.page.getByRole('listitem').filter({ hasText: 'Version 2' }).first();
    await latest.getByText('Written by Jo').waitFor();
    await latest.getByText(/^Agreed by you on /).waitFor();
    await expectAccessible(sam.page, 'History with an accepted suggestion');

    // 4. Jo sees what became of the suggestion.
    await jo.page.goto(`${run.url}/people`);
    await expectPage(jo.page, 'People I support');
    const mine = jo.page.getByRole('region', { name: 'Your suggestions' });
    await mine.getByText('To Sam, about a goal').waitFor();
    await mine.getByText('Accepted with changes').waitFor();
    await expectAccessible(jo.page, 'People I support with Jo’s suggestions');
  });
});
