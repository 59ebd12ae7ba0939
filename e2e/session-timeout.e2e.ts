// The session's idle time-out in a real browser, on a server whose sessions last one minute
// (SESSION_IDLE_MINUTES=1, the shortest allowed; the tests really wait). A person who kept their
// crisis plan on the device and was signed out by the time-out still sees it, online, with when
// it was saved and the crisis lines; signing out on purpose removes it. On a page with a form
// the person is warned half a minute before the end and stays signed in by pressing the button.
// axe-core checks each page and the warning.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { aboutMePage, expectPage, openMenuIfNeeded, person, signUpPage } from './pages.ts';
import { expectAccessible, hasBrowser, serverAndPeople, watchForProblems } from './support.ts';

const DANGER = 'If you are in danger now, call 999 or go to A&E.';
const SESSION_MS = 60_000;
// Each test waits out most of a session or more, besides signing up: generous on a busy machine.
const STEP_TIMEOUT = 300_000;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const focusedText = (page: Page) =>
  page.evaluate(() => document.activeElement?.textContent ?? null);

describe.skipIf(!hasBrowser)('When the session times out', { timeout: STEP_TIMEOUT }, () => {
  const run = serverAndPeople(() => ({ SESSION_IDLE_MINUTES: '1' }));
  const { newPage } = run;

  it('the crisis plan kept on the device opens online after a time-out, with when it was saved and the crisis lines; signing out on purpose removes it', async () => {
    const { page } = await newPage();
    const problems = watchForProblems(page);
    const robin = person('Robin');
    await signUpPage.open(page, run.url);
    await expect(page.getByText(DANGER).isVisible()).resolves.toBe(true);
    await signUpPage.createAccount(page, robin);

    // A short crisis plan, kept on this device.
    await page.goto(`${run.url}/crisis-plan/change`);
    await expectPage(page, 'Change my crisis plan');
    await page.getByLabel('Signs that I am in crisis').fill('I stop answering the phone.');
    await page.getByRole('button', { name: 'Save crisis plan' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Saved at \d\d:\d\d$/ })
      .waitFor();
    await page.getByRole('link', { name: 'Back to my crisis plan' }).click();
    await expectPage(page, 'My crisis plan');
    const device = page.getByRole('region', { name: 'Keep my crisis plan on this device' });
    await device.getByRole('button', { name: 'Keep my crisis plan on this device' }).click();
    const on = await device.getByText(/^This is on\. Saved on this device on /).textContent();
    const savedOn = (on ?? '').replace(/^This is on\. Saved on this device on (.*)\.$/, '$1');

    // The plan page has no form, so no warning: the session simply ends.
    await pause(SESSION_MS + 5_000);
    expect(await page.getByRole('alertdialog').count()).toBe(0);

    // Online, signed out by the time-out: the copy on the device, not a bare Sign in.
    await page.reload();
    await expectPage(page, 'My crisis plan');
    await page.getByText(`Saved on this device on ${savedOn}`, { exact: true }).waitFor();
    await page
      .getByText(
        'You are signed out, so this is the copy kept on this device. It may not have the latest changes.',
      )
      .waitFor();
    await page.getByText('I stop answering the phone.').waitFor();
    await page.getByText(DANGER).waitFor();
    await page.getByRole('link', { name: 'Call Samaritans on 116 123' }).waitFor();
    expect(await page.getByRole('link', { name: 'Change my crisis plan' }).count()).toBe(0);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Crisis plan' }).waitFor();
    await expectAccessible(page, 'the crisis plan kept on the device, signed out by the time-out');

    // Sign in from there (the crisis lines are on Sign in too), and back to the live plan.
    await page.getByRole('link', { name: 'Sign in to see your latest crisis plan' }).click();
    await expectPage(page, 'Sign in to Waymark');
    await page.getByText(DANGER).waitFor();
    await expectAccessible(page, 'Sign in, with the crisis lines');
    await page.getByLabel('Email address').fill(robin.email);
    await page.getByLabel('Password').fill(robin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expectPage(page, 'My crisis plan');
    await device.getByText(/^This is on\. Saved on this device on /).waitFor();
    expect(await page.getByText(/^You are signed out/).count()).toBe(0);

    // Signing out on purpose removes the copy: the plan is then behind Sign in.
    await openMenuIfNeeded(page, nav.getByRole('button', { name: 'Sign out' }));
    await nav.getByRole('button', { name: 'Sign out' }).click();
    await expectPage(page, 'Sign in to Waymark');
    expect(await nav.getByRole('link', { name: 'Crisis plan' }).count()).toBe(0);
    await page.goto(`${run.url}/crisis-plan`);
    await expectPage(page, 'Sign in to Waymark');
    await page.getByText(DANGER).waitFor();
    const left = await page.evaluate(async () =>
      (await caches.keys()).filter((name) => name === 'waymark-device-crisis-plan'),
    );
    expect(left).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('warns before the time-out on a page with a form, and "Stay signed in" keeps the person signed in', async () => {
    const { page } = await newPage();
    const problems = watchForProblems(page);
    await signUpPage.open(page, run.url);
    await signUpPage.createAccount(page, person('Kit'));
    await page.goto(`${run.url}/about-me`);
    await expectPage(page, 'About me');
    const strengths = aboutMePage.field(page, 'My strengths');
    await strengths.fill('I notice small good things.');

    // Half a minute before the end of a one-minute session, an alert dialog takes the focus.
    const warning = page.getByRole('alertdialog', { name: 'You will be signed out soon' });
    await warning.waitFor({ timeout: SESSION_MS });
    const pressed = Date.now();
    await expect(warning.textContent()).resolves.toMatch(
      /Waymark will sign you out at \d\d:\d\d\. This is because nothing has been saved or opened for a while/,
    );
    await expect(focusedText(page)).resolves.toBe('Stay signed in');
    await expectAccessible(page, 'the warning before the time-out');

    // Enter on the focused button: the warning closes and the focus goes back to the field.
    await page.keyboard.press('Enter');
    await warning.waitFor({ state: 'hidden' });
    await expect(strengths.evaluate((field) => field === document.activeElement)).resolves.toBe(
      true,
    );

    // Past the end the first session time would have had, the warning for the renewed one
    // comes; Escape renews again, which works only if the session is still live.
    await pause(Math.max(0, pressed + 36_000 - Date.now()));
    await warning.waitFor();
    await page.keyboard.press('Escape');
    await warning.waitFor({ state: 'hidden' });
    expect(await page.getByRole('alertdialog', { name: 'You have been signed out' }).count()).toBe(
      0,
    );

    // Still signed in: what was typed is saved.
    await aboutMePage.save(page);
    await aboutMePage.savedStatus(page).waitFor();
    await expect(strengths.inputValue()).resolves.toBe('I notice small good things.');
    expect(problems).toEqual([]);
  });
});
