// "How I'm doing" after 90 days, on a phone: 90 daily check-ins and a life-area rating every
// week, seeded through the API as the app would send them. The page stays under 4 screens tall
// at 360 × 740 (it was 24,000 px when every table was open), its chart labels are at least 12 px
// at 320 px wide, nothing scrolls sideways, the period choice works from the keyboard and says
// what it shows, a table opens with one tap, and axe-core finds nothing at each step.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectPage, navigate, person, showTable, signUpPage } from './pages.ts';
import {
  expectAccessible,
  hasBrowser,
  launchBrowser,
  type RunningServer,
  startServer,
  watchForProblems,
} from './support.ts';

const TIMEOUT = 300_000;
const PHONE = { width: 360, height: 740 };
const DAYS = 90;
const DAY_MS = 86_400_000;

/** The person's own API calls, with their session cookie (shared by the browser context). */
async function seedNinetyDays(page: Page, url: string): Promise<void> {
  const session = await page.request.get(`${url}/api/auth/session`);
  const { account, csrfToken } = (await session.json()) as {
    account: { id: string };
    csrfToken: string;
  };
  const base = `${url}/api/people/${account.id}`;
  const headers = { Origin: url, 'X-CSRF-Token': csrfToken };
  const post = async (path: string, data: unknown) => {
    const response = await page.request.post(`${base}${path}`, { headers, data });
    expect(response.status(), await response.text()).toBe(201);
  };
  const areas = (await (await page.request.get(`${base}/life-areas`)).json()) as {
    items: { id: string }[];
  };
  const now = Date.now();
  for (let day = DAYS - 1; day >= 0; day -= 1) {
    const at = new Date(now - day * DAY_MS - 3_600_000);
    await post('/checkins', {
      takenAt: at.toISOString(),
      scores: { mood: 1 + (day % 7), hope: 4, sleep: 1 + ((day * 3) % 7) },
      note: day % 10 === 0 ? 'A long walk by the canal.' : '',
      forMeOnly: day % 13 === 0,
    });
    if (day % 7 === 0)
      await post('/life-area-ratings', {
        date: at.toISOString().slice(0, 10),
        ratings: areas.items.map((area, i) => ({
          lifeAreaId: area.id,
          score: 1 + ((day + i) % 7),
          wantHelp: i === 0,
        })),
      });
  }
}

/** Text drawn in a chart, with the size it has on screen (font size × the chart's scale). */
function chartLabelSizes(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGTextElement>('svg.chart__svg .chart__label')].map((text) => {
      const svg = text.ownerSVGElement as SVGSVGElement;
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      return {
        text: text.textContent ?? '',
        px: Number.parseFloat(getComputedStyle(text).fontSize) * scale,
      };
    }),
  );
}

const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe.skipIf(!hasBrowser)('How I’m doing after 90 days, on a phone', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it(
    'stays under four screens tall, with labels readable at 320 px and a period to choose',
    async () => {
      context = await browser.newContext({ viewport: PHONE });
      const page = await context.newPage();
      const problems = watchForProblems(page);
      await signUpPage.open(page, server.url);
      await signUpPage.createAccount(page, person('Sam'));
      await seedNinetyDays(page, server.url);

      await navigate(page, 'How I’m doing', 'How I’m doing');
      await page.getByRole('heading', { level: 3, name: 'Mood' }).waitFor();
      await page.getByRole('img', { name: /Star chart/ }).waitFor();
      // The last 3 months, as the page starts: all 90 days are in it.
      await expect(
        page
          .getByText(/^Latest: \d out of 7 on /)
          .first()
          .textContent(),
      ).resolves.toBeTruthy();
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height, `page height ${height} px`).toBeLessThan(4 * PHONE.height);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      await expectAccessible(page, 'how I am doing, 90 days');

      // At 320 px every name and number drawn in a chart is at least 12 px on screen.
      await page.setViewportSize({ width: 320, height: PHONE.height });
      const labels = await chartLabelSizes(page);
      expect(labels.length).toBeGreaterThan(9);
      expect(labels.filter((label) => label.px < 12)).toEqual([]);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      await page.setViewportSize(PHONE);

      // The period, from the keyboard: the arrow key moves to "1 year", and the page says so.
      const periods = page.getByRole('group', { name: 'How far back to show' });
      await periods.getByRole('radio', { name: '3 months' }).focus();
      await page.keyboard.press('ArrowRight');
      await expect(periods.getByRole('radio', { name: '1 year' }).isChecked()).resolves.toBe(true);
      await page.getByRole('status').filter({ hasText: 'Showing the last year.' }).waitFor();
      await expectAccessible(page, 'how I am doing, the last year');

      // A table, one tap away: every check-in of the 90 days, newest last.
      await showTable(page, 'Mood');
      const table = page.getByRole('table', { name: 'Mood: each score with its date' });
      await table.waitFor();
      await expect(table.getByRole('row').count()).resolves.toBe(DAYS + 1);
      await expectAccessible(page, 'how I am doing, a table open');

      await periods.getByRole('radio', { name: 'All' }).check();
      await page.getByRole('status').filter({ hasText: 'Showing everything.' }).waitFor();
      await expectPage(page, 'How I’m doing');
      expect(problems).toEqual([]);
    },
    TIMEOUT,
  );
});
