// A team lead reads a filled-in outcome report in a real browser (issue 16, decisions 0051–0053).
// A service with two teams; Priya, a practitioner in the Riverside team, is made its lead by the
// service admin. Ten people in Riverside said yes to being counted, each with a PHQ-9 of 15 four
// months ago and 8 last month; one more in Riverside, with far worse scores, did not say yes; one
// in the Hill team did. Priya sees her own team only, ten people counted, means of 15, 8 and a
// change of 7 points, and no one's name; the CSV holds the same table. axe-core checks the page.
import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answersTo } from '../src/server/test/measure-fixtures.ts';
import { expectPage } from './pages.ts';
import { addStaff, createService, type Session, send, signUpThroughApi } from './service-setup.ts';
import {
  expectAccessible,
  hasBrowser,
  launchBrowser,
  type RunningServer,
  separateContexts,
  startServer,
} from './support.ts';
import { signInContext } from './walk.ts';

const STEP_TIMEOUT = 300_000;
const MONTH_MS = 30 * 24 * 3600 * 1000;
/** PHQ-9 item scores totalling 15, 8 and 27 (item 9 at 0 but for 27: no risk signal asked for). */
const PHQ9_15 = [2, 2, 2, 2, 2, 2, 2, 1, 0];
const PHQ9_8 = [1, 1, 1, 1, 1, 1, 1, 1, 0];
const PHQ9_26 = [3, 3, 3, 3, 3, 3, 3, 3, 2];

describe.skipIf(!hasBrowser)('A team lead reads outcomes', { timeout: STEP_TIMEOUT }, () => {
  let server: RunningServer;
  let browser: Browser;
  const { newPage, closeAll } = separateContexts(() => browser);
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await closeAll();
    await browser?.close();
    await server?.stop();
  });

  /** A person in a team, opted in or not, with a PHQ-9 four months ago and one last month. */
  const aPerson = async (
    name: string,
    code: string,
    scores: { first: number[]; latest: number[] },
    optedIn: boolean,
  ): Promise<Session> => {
    const url = server.url;
    const person = await signUpThroughApi(url, name);
    const base = `/api/people/${person.accountId}`;
    await send(url, person, 'POST', `${base}/teams`, {
      code,
      sections: { measures: 'view' },
      endsAt: null,
      advanceChoice: false,
    });
    if (optedIn) await send(url, person, 'PUT', `${base}/outcome-consent`, { optedIn: true });
    for (const [monthsAgo, answers] of [
      [4, scores.first],
      [1, scores.latest],
    ] as const) {
      const authored = new Date(Date.now() - monthsAgo * MONTH_MS).toISOString();
      await send(url, person, 'POST', `${base}/measure-responses`, {
        measureId: 'phq-9',
        response: answersTo('phq-9', answers, { authored }),
      });
    }
    return person;
  };

  it('Priya, lead of Riverside, sees her team’s figures, with nobody named, and downloads them', async () => {
    const url = server.url;
    const admin = await createService(url, server.dataDir, 'Riverside Recovery');
    const riverside = await send(url, admin, 'POST', '/api/service/teams', {
      name: 'Riverside team',
    });
    const hill = await send(url, admin, 'POST', '/api/service/teams', { name: 'Hill team' });
    const codeOf = async (team: Record<string, unknown> | null) =>
      String((await send(url, admin, 'GET', `/api/service/teams/${team?.id}/code`))?.code);
    const priya = await addStaff(url, admin, {
      name: 'Priya Shah',
      email: `priya.${Date.now()}@example.test`,
      teamId: riverside?.id,
    });
    await send(
      url,
      admin,
      'PUT',
      `/api/service/teams/${riverside?.id}/members/${priya.accountId}/lead`,
      { lead: true },
    );

    const riversideCode = await codeOf(riverside);
    const better = { first: PHQ9_15, latest: PHQ9_8 };
    for (let i = 1; i <= 10; i += 1) await aPerson(`Person ${i}`, riversideCode, better, true);
    const worse = { first: PHQ9_26, latest: PHQ9_26 };
    await aPerson('Not Counted', riversideCode, worse, false);
    await aPerson('Hill Person', await codeOf(hill), worse, true);

    const { page } = await newPage();
    await signInContext(page.context(), url, priya.login);
    await page.goto(`${url}/outcomes`);
    await expectPage(page, 'Outcomes');
    // Her own team only: neither the whole service nor the Hill team is offered.
    const team = page.getByLabel('Team');
    await expect.poll(() => team.locator('option').allTextContents()).toEqual(['Riverside team']);
    await page.getByRole('button', { name: 'Show outcomes' }).click();

    const figure = (label: string, scope = page.locator('body')) =>
      scope.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
    await expect.poll(() => figure('People counted').textContent()).toBe('10');
    const phq9 = page.getByRole('region', { name: /PHQ-9/ });
    expect(await figure('People with a first and a latest value', phq9).textContent()).toBe('10');
    expect(await figure('Mean at first', phq9).textContent()).toMatch(/^15(\.0)?$/);
    expect(await figure('Mean at latest', phq9).textContent()).toMatch(/^8(\.0)?$/);
    expect(await figure('Mean change', phq9).textContent()).toMatch(/^[-−]7(\.0)?$/);
    await phq9.getByRole('heading', { name: /^Reliable change/ }).waitFor();
    await phq9.getByRole('heading', { name: /^Recovery: from 10 or more/ }).waitFor();
    // Nobody's name anywhere on the page.
    const text = (await page.locator('main').textContent()) ?? '';
    for (const name of ['Person 1', 'Not Counted', 'Hill Person', 'Priya'])
      expect(text).not.toContain(name);
    await expectAccessible(page, 'the Outcomes page with a team lead’s report');

    // The CSV download holds the same table.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download as CSV' }).click(),
    ]);
    const csv = fs.readFileSync((await download.path()) ?? '', 'utf8');
    expect(csv).toMatch(/People counted[^\n]*,10\r?\n/);
    expect(csv).toContain('PHQ-9');
    expect(csv).not.toContain('Person 1');
  });
});
