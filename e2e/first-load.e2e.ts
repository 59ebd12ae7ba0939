// The first load of the pages people open first (decision 0057), in a real browser on the built
// app: the page's words, the core's included, come in one file that the shell asks for beside
// the page's code (not a file per part, asked for once the code has run), in the language
// chosen on the device; and the page shows them. The requests are read from Chromium's own
// record, with the script that asked for each.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EMPTY_CRISIS_PLAN } from '../src/domain/record/plans.schema.ts';
import { expectPage, person, signUpPage } from './pages.ts';
import { hasBrowser, serverAndPeople, watchForProblems } from './support.ts';

type Asked = { file: string; by: string[] };
/** The screen of the phone Lighthouse emulates. */
const PHONE = { width: 412, height: 823 };

/**
 * Opens `url` in a new tab of `context`, phone-sized, noting each file of the app asked for and
 * by what.
 */
async function openFresh(
  context: BrowserContext,
  url: string,
): Promise<{ page: Page; asked: Asked[] }> {
  const page = await context.newPage();
  await page.setViewportSize(PHONE);
  const asked: Asked[] = [];
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', (event) => {
    const file = new URL(event.request.url).pathname;
    if (!file.startsWith('/assets/')) return;
    const frames = event.initiator.stack?.callFrames ?? [];
    asked.push({ file, by: frames.map((frame) => new URL(frame.url).pathname) });
  });
  await page.goto(url);
  return { page, asked };
}

const wordsFiles = (asked: Asked[]) => asked.filter(({ file }) => /\/_(first-)?words_/.test(file));

/**
 * Every layout shift so far of an element inside the page's main part: what the page itself
 * moved. (The main part as a whole moves if the header grows: the navigation, drawn when the
 * session answers, which here may be after the first paint: not what is tested here.)
 */
function shiftsInMain(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        type Shift = PerformanceEntry & { sources: Array<{ node?: Node }> };
        new PerformanceObserver((list) => {
          const main = document.querySelector('main');
          const moved = (list.getEntries() as Shift[])
            .flatMap((shift) => shift.sources.map((source) => source.node))
            .filter(
              (node): node is Element =>
                node instanceof Element && node !== main && !!main?.contains(node),
            );
          resolve(moved.map((node) => node.outerHTML.slice(0, 80)));
        }).observe({ type: 'layout-shift', buffered: true });
        // The observer says nothing when there was no shift at all.
        setTimeout(() => resolve([]), 500);
      }),
  );
}

describe.skipIf(!hasBrowser)('A first load', () => {
  const run = serverAndPeople();

  it('Home: its words in one file, asked for by the shell beside its code, none per part', async () => {
    const { context, page } = await run.newPage();
    await signUpPage.open(page, run.url);
    await signUpPage.createAccount(page, person('Robin'));

    const { page: home, asked } = await openFresh(context, `${run.url}/`);
    const problems = watchForProblems(home);
    await expectPage(home, 'My recovery');
    await home.getByText(/^What matters to me, what I am good at/).waitFor();

    const homeWords = wordsFiles(asked).filter(({ file }) => /_first-words_/.test(file));
    expect(homeWords.map(({ file }) => file)).toEqual([
      expect.stringMatching(/^\/assets\/_first-words_core_goals_network-web_supporting_en-GB-/),
    ]);
    // Asked for by the shell, not by Home's code once it had run.
    expect(homeWords[0]?.by.some((script) => /^\/assets\/shell-/.test(script))).toBe(true);
    expect(homeWords[0]?.by.some((script) => /^\/assets\/HomePage-/.test(script))).toBe(false);
    // No part of Home's words in a file of its own, nor the core's.
    const perPart = wordsFiles(asked).filter(({ file }) =>
      /\/_words_(core|goals|network-web|supporting)_/.test(file),
    );
    expect(perPart).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('Home with a crisis plan due a review: the reminder comes with Home, and nothing moves', async () => {
    const { context, page } = await run.newPage();
    await signUpPage.open(page, run.url);
    await signUpPage.createAccount(page, person('Sol'));
    // A plan with no review date, saved as the person would: Home then shows the reminder.
    const session = await context.request.get(`${run.url}/api/auth/session`);
    const { account, csrfToken } = (await session.json()) as {
      account: { id: string };
      csrfToken: string;
    };
    const saved = await context.request.put(`${run.url}/api/people/${account.id}/crisis-plan`, {
      headers: { 'x-csrf-token': csrfToken, 'if-match': 'W/"0"', origin: run.url },
      data: { ...EMPTY_CRISIS_PLAN, signs: 'I stop answering the phone.' },
    });
    expect(saved.status()).toBe(200);

    const { page: home } = await openFresh(context, `${run.url}/`);
    await expectPage(home, 'My recovery');
    await home.getByRole('note', { name: 'Time to look at your crisis plan again' }).waitFor();
    await home.getByRole('link', { name: 'Journal' }).first().waitFor();
    expect(await shiftsInMain(home)).toEqual([]);
  });

  it('the crisis plan in Welsh, chosen on the device: the Welsh file, the page in Welsh', async () => {
    const { context, page } = await run.newPage();
    await signUpPage.open(page, run.url);
    await signUpPage.createAccount(page, person('Rhian'));
    // Chosen on the language menu: kept on the device and on the account.
    const saved = page.waitForResponse((answer) => answer.url().endsWith('/api/account/language'));
    await page.getByLabel('Language').first().selectOption('cy');
    expect((await saved).status()).toBe(200);
    await expectPage(page, 'Fy adferiad');

    const { page: plan, asked } = await openFresh(context, `${run.url}/crisis-plan`);
    await expectPage(plan, 'Fy nghynllun argyfwng');
    // The crisis lines are there with the plan from the first paint: nothing below them moves.
    await plan.getByRole('link', { name: /116 123/ }).waitFor();
    expect(await shiftsInMain(plan)).toEqual([]);
    const files = wordsFiles(asked).map(({ file }) => file);
    expect(files.filter((file) => /_first-words_/.test(file))).toEqual([
      expect.stringMatching(
        /^\/assets\/_first-words_core_crisis-line-presets_device-copy_device-emergency_network-web_cy-/,
      ),
    ]);
    expect(
      files.filter((file) =>
        /\/_words_(core|crisis-line-presets|device-copy|device-emergency|network-web)_/.test(file),
      ),
    ).toEqual([]);
  });
});
