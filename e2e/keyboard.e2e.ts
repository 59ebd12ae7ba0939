// With the keyboard alone, on a phone-sized screen: Sam (the demo person) signs in, makes a
// check-in and opens the crisis plan. No click, no tap and no fill: only Tab, Shift+Tab,
// Enter, Space, the arrow keys and typing. Every control that takes focus on the way must show
// where focus is (WCAG 2.4.7) without being hidden (2.4.11), and each new page must put focus
// on its heading.
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hasBrowser,
  launchBrowser,
  type RunningServer,
  startServer,
  watchForProblems,
} from './support.ts';
import { NARROW } from './walk.ts';

const SAM = { email: 'sam@demo.waymark.invalid', password: 'demo-person-sam-2026' };

/**
 * How the focused element shows it has focus: a `:focus-visible` outline or shadow on it, or on
 * its label for an input drawn by its label (the check-in's number boxes). Also whether that
 * indicator is on screen and not covered by anything else (such as a sticky header).
 */
function focusShown(page: Page) {
  return page.evaluate(() => {
    const focused = document.activeElement as HTMLElement | null;
    if (!focused || focused === document.body) return { what: 'nothing', shown: false };
    const drawn = (element: Element) => {
      const style = getComputedStyle(element);
      const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
      return outline || style.boxShadow !== 'none';
    };
    const label = (focused as HTMLInputElement).labels?.[0];
    const indicator = drawn(focused) ? focused : label && drawn(label) ? label : null;
    const what = `${focused.tagName.toLowerCase()} "${(focused.textContent || focused.getAttribute('aria-label') || (focused as HTMLInputElement).labels?.[0]?.textContent || '').trim().slice(0, 40)}"`;
    if (!focused.matches(':focus-visible'))
      return { what: `${what}, not :focus-visible`, shown: false };
    if (!indicator) return { what: `${what}, with no outline or shadow`, shown: false };
    const box = indicator.getBoundingClientRect();
    const x = Math.min(Math.max(box.left + box.width / 2, 0), window.innerWidth - 1);
    const y = Math.min(Math.max(box.top + box.height / 2, 0), window.innerHeight - 1);
    const onTop = document.elementFromPoint(x, y);
    const uncovered = onTop !== null && (indicator.contains(onTop) || onTop.contains(indicator));
    const onScreen = box.bottom > 0 && box.top < window.innerHeight && box.width > 0;
    if (!onScreen) return { what: `${what}, off the screen`, shown: false };
    if (!uncovered)
      return {
        what: `${what}, under ${onTop?.tagName.toLowerCase()}.${onTop?.className}`,
        shown: false,
      };
    return { what, shown: true };
  });
}

const isFocused = (target: Locator) =>
  target.evaluate((element) => element === document.activeElement);

/**
 * Presses `key` until `target` has focus (at most `most` times), checking at each stop that
 * focus is shown. Fails naming where focus went if the target is never reached.
 */
async function pressUntil(page: Page, key: 'Tab' | 'Shift+Tab', target: Locator, most = 40) {
  const path: string[] = [];
  for (let presses = 0; presses < most; presses += 1) {
    await page.keyboard.press(key);
    const focus = await focusShown(page);
    path.push(focus.what);
    expect(focus.shown, `focus is shown on ${focus.what}`).toBe(true);
    if (await isFocused(target)) return;
  }
  throw new Error(`${key} never reached the target; focus went to: ${path.join(', ')}`);
}

/** After moving to another page, focus is on its heading, ready to read on from there. */
async function expectFocusOnHeading(page: Page, heading: string) {
  const h1 = page.getByRole('heading', { level: 1, name: heading });
  await h1.waitFor();
  await expect
    .poll(() => isFocused(h1), { message: `focus on the heading "${heading}"` })
    .toBe(true);
}

describe.skipIf(!hasBrowser)('With the keyboard alone', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    server = await startServer({ DEMO_DATA: 'true' });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('Sam signs in, makes a check-in and opens the crisis plan', { timeout: 120_000 }, async () => {
    context = await browser.newContext({ viewport: NARROW });
    const page = await context.newPage();
    const problems = watchForProblems(page);
    await page.goto(`${server.url}/sign-in`);
    await page.getByRole('heading', { level: 1, name: 'Sign in to Waymark' }).waitFor();

    // Sign in: the skip link first, then the form.
    await page.keyboard.press('Tab');
    expect(await isFocused(page.getByRole('link', { name: 'Skip to main content' }))).toBe(true);
    expect((await focusShown(page)).shown, 'focus is shown on the skip link').toBe(true);
    await page.keyboard.press('Enter');
    await pressUntil(page, 'Tab', page.getByLabel('Email address'));
    await page.keyboard.type(SAM.email);
    await pressUntil(page, 'Tab', page.getByLabel('Password', { exact: true }));
    await page.keyboard.type(SAM.password);
    await page.keyboard.press('Enter');
    await expectFocusOnHeading(page, 'My recovery');

    // Check in, from the menu: back up to it, open it, on to "Check in".
    const navigation = page.getByRole('navigation', { name: 'Main' });
    const menu = navigation.getByRole('button', { name: 'Menu' });
    await pressUntil(page, 'Shift+Tab', menu);
    await page.keyboard.press('Enter');
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('true');
    await pressUntil(page, 'Tab', navigation.getByRole('link', { name: 'Check in' }));
    await page.keyboard.press('Enter');
    await expectFocusOnHeading(page, 'Check in');

    // Each scale is a group of radios: Tab into it, arrows to choose.
    const mood = page.getByRole('group', { name: 'Mood' });
    await mood.waitFor();
    await pressUntil(page, 'Tab', mood.getByRole('radio').first());
    for (let step = 0; step < 4; step += 1) await page.keyboard.press('ArrowRight');
    await expect.poll(() => mood.getByRole('radio', { checked: true }).inputValue()).toBe('5');
    const hope = page.getByRole('group', { name: 'Hope' });
    await pressUntil(page, 'Tab', hope.getByRole('radio').first());
    for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => hope.getByRole('radio', { checked: true }).inputValue()).toBe('3');
    await pressUntil(page, 'Tab', page.getByLabel('Anything you want to add (optional)'));
    await page.keyboard.type('A walk with the dog helped.');
    const save = page.getByRole('button', { name: 'Save my check-in' });
    await pressUntil(page, 'Tab', save);
    await page.keyboard.press('Space');
    await page
      .getByRole('status')
      .filter({ hasText: /^Check-in saved at \d\d:\d\d\.$/ })
      .waitFor();
    // Focus stays where the person was, not thrown back to the top of the page.
    expect(await isFocused(save)).toBe(true);

    // The crisis plan: its link is on the phone's short bar, above the page.
    const crisisPlan = navigation.getByRole('link', { name: 'Crisis plan' });
    await pressUntil(page, 'Shift+Tab', crisisPlan, 80);
    await page.keyboard.press('Enter');
    await expectFocusOnHeading(page, 'My crisis plan');
    await page.getByRole('heading', { name: 'Signs that I am in crisis' }).waitFor();

    expect(problems).toEqual([]);
  });
});
