// Invitations in a real browser, with two people in separate browser contexts: Sam invites Jo
// with view on the crisis plan and goals; Jo opens the link signed out, creates an account,
// comes back to the invitation and accepts; Jo's account then reads exactly those sections. A
// third person accepts by the code read out over the phone. axe-core checks every new page.
import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectPage, invite, person, signUpPage } from './pages.ts';
import { expectAccessible, hasBrowser, serverAndPeople } from './support.ts';

const STEP_TIMEOUT = 240_000;

describe.skipIf(!hasBrowser)('Inviting and accepting', { timeout: STEP_TIMEOUT }, () => {
  const run = serverAndPeople();
  const { newPage } = run;

  it('Sam invites by link and by code; each invitee reads only what Sam shared', async () => {
    const sam = await newPage();
    await signUpPage.open(sam.page, run.url);
    await signUpPage.createAccount(sam.page, person('Sam'));
    await sam.page.goto(`${run.url}/sharing`);
    await expectPage(sam.page, 'Sharing');
    await expectAccessible(sam.page, 'the invite form');
    const forJo = await invite(sam.page, {
      role: 'Friend',
      name: 'Jo',
      sections: ['My crisis plan', 'My goals'],
    });
    expect(forJo.link).toMatch(new RegExp(`^${run.url}/invitations/[A-Za-z0-9_-]{43}$`));
    await expectAccessible(sam.page, 'the link and code shown once');
    await sam.page.getByRole('heading', { name: 'Jo (friend)' }).waitFor();

    // Jo opens the link signed out, creates an account and comes back to the invitation.
    const jo = await newPage();
    await jo.page.goto(forJo.link);
    await expectPage(jo.page, /sign in/i);
    await jo.page.getByRole('main').getByRole('link', { name: 'Create an account' }).click();
    await expectPage(jo.page, 'Create your Waymark account');
    const joPerson = person('Jo');
    await jo.page.getByLabel('Your name').fill(joPerson.name);
    await jo.page.getByLabel('Email address').fill(joPerson.email);
    await jo.page.getByLabel('Password').fill(joPerson.password);
    await jo.page.getByRole('button', { name: 'Create account' }).click();
    await expectPage(jo.page, 'Sam invites you to see their record');
    await expectAccessible(jo.page, 'the invitation before accepting');
    await jo.page.getByRole('button', { name: 'Accept' }).click();
    await jo.page.waitForURL(/\/people\/[0-9a-f-]{36}$/);
    const samId = new URL(jo.page.url()).pathname.split('/')[2];
    const status = async (who: BrowserContext, section: string) =>
      (await who.request.get(`${run.url}/api/people/${samId}/${section}`)).status();
    expect(await status(jo.context, 'crisis-plan')).toBe(200);
    expect(await status(jo.context, 'goals')).toBe(200);
    expect(await status(jo.context, 'about-me')).toBe(404);
    expect(await status(jo.context, 'journal')).toBe(404);

    // The link works once.
    await jo.page.goto(forJo.link);
    await expectPage(jo.page, 'This invitation does not work');
    await expectAccessible(jo.page, 'an invitation that does not work');

    // A code read out over the phone, typed by a third person.
    await sam.page.getByRole('button', { name: 'Invite someone else' }).click();
    const forDad = await invite(sam.page, {
      role: 'Carer',
      name: 'Dad',
      sections: ['My staying-well plan'],
    });
    const dad = await newPage();
    await signUpPage.open(dad.page, run.url);
    await signUpPage.createAccount(dad.page, person('Dad'));
    await dad.page.goto(`${run.url}/invitations/enter-code`);
    await expectPage(dad.page, 'Have a code?');
    await expectAccessible(dad.page, 'the code form');
    await dad.page
      .getByRole('textbox', { name: 'Invitation code' })
      .fill(forDad.code.toLowerCase());
    await dad.page.getByRole('button', { name: 'Continue' }).click();
    await expectPage(dad.page, 'Sam invites you to see their record');
    await dad.page.getByRole('button', { name: 'Accept' }).click();
    await dad.page.waitForURL(`${run.url}/people/${samId}`);
    expect(await status(dad.context, 'staying-well-plan')).toBe(200);
    expect(await status(dad.context, 'goals')).toBe(404);

    // A pending invitation can be withdrawn, and then its link no longer works.
    await sam.page.getByRole('button', { name: 'Invite someone else' }).click();
    const forKim = await invite(sam.page, { role: 'Family', name: 'Kim', sections: ['My goals'] });
    await sam.page.getByRole('button', { name: 'Withdraw Kim (family)' }).click();
    await sam.page.getByText('The invitation for Kim was withdrawn.', { exact: false }).waitFor();
    await expectAccessible(sam.page, 'the invitations list after withdrawing');
    const kim = await newPage();
    await signUpPage.open(kim.page, run.url);
    await signUpPage.createAccount(kim.page, person('Kim'));
    await kim.page.goto(forKim.link);
    await expectPage(kim.page, 'This invitation does not work');
  });
});
