// Reviews done together in a real browser (decision 0043), on the demo data: Sam shares reviews
// with Priya (their practitioner) at "suggest"; Sam rates before the meeting on their own
// device; Priya and Sam review together (more than three areas is refused in plain words);
// nothing reaches Sam's goals until Sam confirms the agreed action, then it is a step of a goal.
// A full review with three areas prints on one or two A4 pages. axe-core checks every new page.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRACTITIONER_TOTP_SECRET } from '../src/server/features/demo/demo.ts';
import { expectPage, fillDate } from './pages.ts';
import {
  expectAccessible,
  hasBrowser,
  launchBrowser,
  type RunningServer,
  startServer,
} from './support.ts';
import { type Api, signInContext } from './walk.ts';

const TIMEOUT = 300_000;
const SAM = { email: 'sam@demo.waymark.invalid', password: 'demo-person-sam-2026' };
const PRIYA = {
  email: 'priya@demo.waymark.invalid',
  password: 'demo-practitioner-priya-2026',
  totpSecret: DEMO_PRACTITIONER_TOTP_SECRET,
};

/** Pages in a PDF: each page object says `/Type /Page` (the tree says `/Pages`). */
const pageCount = (pdf: Buffer) =>
  (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;

describe.skipIf(!hasBrowser)('Reviews together', { timeout: TIMEOUT }, () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const open = async (credentials: typeof SAM | typeof PRIYA) => {
    const context = await browser.newContext();
    contexts.push(context);
    const api = await signInContext(context, server.url, credentials);
    return { page: await context.newPage(), api };
  };
  beforeAll(async () => {
    server = await startServer({ DEMO_DATA: 'true' });
    browser = await launchBrowser();
  }, TIMEOUT);
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it('Sam rates before; Priya and Sam review together; the action reaches Sam’s goals only once Sam confirms; it prints on two pages at most', async () => {
    const sam = await open(SAM);
    const priya = await open(PRIYA);
    const record = `/api/people/${sam.api.accountId}`;
    await shareReviewsWithPriya(sam.api, record);
    type Areas = { items: { id: string; data: { name: string } }[] };
    const areas = ((await sam.api.send('GET', `${record}/life-areas`)) as Areas).items;
    const names = areas.map((area) => area.data.name);

    // 1. Before the meeting, Sam starts a review and rates on their own device.
    await sam.page.goto(`${server.url}/reviews`);
    await expectPage(sam.page, 'Reviews');
    await expectAccessible(sam.page, 'the reviews page');
    await sam.page.getByRole('button', { name: 'Start a new review' }).click();
    await expectPage(sam.page, /^Review started /);
    const reviewPath = new URL(sam.page.url()).pathname;
    await sam.page.getByRole('link', { name: 'Rate before the meeting' }).click();
    await expectPage(sam.page, 'Rate before your review');
    for (const [index, name] of names.slice(0, 4).entries()) {
      const group = sam.page.getByRole('group', { name: `How is ${name} going?` });
      await group.getByRole('radio', { name: String(index + 2), exact: true }).check();
    }
    await sam.page
      .getByRole('group', { name: 'How is Medication going?' })
      .getByRole('radio', { name: '4', exact: true })
      .check();
    await sam.page
      .getByRole('checkbox', { name: 'I would like more help with this' })
      .first()
      .check();
    await expectAccessible(sam.page, 'rating before the review');
    await sam.page.getByRole('button', { name: 'Save my ratings' }).click();
    await expectPage(sam.page, /^Review started /);
    await sam.page
      .getByRole('table', { name: 'My life' })
      .getByText(names[0] as string)
      .waitFor();
    await expectAccessible(sam.page, 'a review with ratings');

    // 2. In the meeting, Priya opens the same review from Sam's record.
    await priya.page.goto(`${server.url}/people/${sam.api.accountId}${reviewPath}`);
    await expectPage(priya.page, /^Review started /);
    await priya.page.getByRole('link', { name: 'Work on this review together' }).click();
    await expectPage(priya.page, 'Review together');
    await expectAccessible(priya.page, 'the meeting form');
    for (const name of names.slice(0, 4))
      await priya.page.getByRole('checkbox', { name, exact: true }).check();
    await priya.page.getByRole('button', { name: 'Save the review' }).click();
    await priya.page.getByRole('alert').getByText('Choose up to 3 areas to talk about').waitFor();
    await expectAccessible(priya.page, 'the meeting form with a problem');
    await priya.page.getByRole('checkbox', { name: names[3] as string, exact: true }).uncheck();
    await priya.page.getByRole('checkbox', { name: names[2] as string, exact: true }).uncheck();
    await priya.page.getByRole('checkbox', { name: names[1] as string, exact: true }).uncheck();
    await priya.page.getByLabel('What is going well?').fill('Walking most days');
    await priya.page.getByLabel('What is hard?').fill('Getting up in the morning');
    await priya.page.getByLabel('What is the smallest step that would help?').fill('Bed by eleven');
    await priya.page.getByRole('button', { name: 'Add an action' }).click();
    await priya.page.getByLabel('What will be done?').fill('Keep a sleep diary for two weeks');
    await priya.page.getByRole('radio', { name: 'The practitioner' }).check();
    await fillDate(priya.page, 'By when?', { day: '9', month: '12', year: '2026' });
    await fillDate(priya.page, 'Date of the next review', { day: '25', month: '2', year: '2027' });
    await priya.page.getByRole('button', { name: 'Save the review' }).click();
    await expectPage(priya.page, /^Review started /);
    await priya.page.getByText('Added by Priya').waitFor();
    await expectAccessible(priya.page, 'the review as Priya sees it');

    // 3. Nothing is in Sam's goals until Sam confirms.
    const goalsText = async () => JSON.stringify(await sam.api.send('GET', `${record}/goals`));
    expect(await goalsText()).not.toContain('Keep a sleep diary for two weeks');
    await sam.page.goto(`${server.url}${reviewPath}`);
    await sam.page.getByText('Waiting for Sam').first().waitFor();
    await sam.page.getByText('Nothing is added to your goals until you say so.').waitFor();
    await expectAccessible(sam.page, 'an action waiting for Sam');
    await sam.page.getByRole('button', { name: 'Add to my goals' }).click();
    await sam.page.getByRole('status').getByText('Added to your goals.').waitFor();
    expect(await goalsText()).toContain('Keep a sleep diary for two weeks');
    await sam.page.goto(`${server.url}/goals`);
    await sam.page
      .getByRole('link', { name: names[0] as string })
      .first()
      .click();
    await sam.page.getByRole('checkbox', { name: /^Keep a sleep diary for two weeks/ }).waitFor();

    // 4. A full review with three areas prints on one or two A4 pages.
    const full = await fullReview(
      sam.api,
      priya.api,
      record,
      areas.slice(0, 3).map((a) => a.id),
    );
    await sam.page.goto(`${server.url}/reviews/${full}`);
    await expectPage(sam.page, /^Review started /);
    await sam.page.getByRole('heading', { level: 3, name: names[2] as string }).waitFor();
    await expectAccessible(sam.page, 'a full review');
    const pdf = await sam.page.pdf({ format: 'A4', printBackground: false });
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);

    // 5. Afterwards both see the list with the ratings changing between reviews.
    await sam.page.goto(`${server.url}/reviews`);
    await sam.page.getByRole('table', { name: /Each rating is from 1/ }).waitFor();
    await priya.page.goto(`${server.url}/people/${sam.api.accountId}/reviews`);
    await expectPage(priya.page, 'Sam Okafor’s reviews');
    await expectAccessible(priya.page, 'Sam’s reviews as Priya sees them');
  });
});

async function shareReviewsWithPriya(sam: Api, record: string) {
  type Sharing = {
    people: { relationshipId: string; knownAs: string; sections: Record<string, string> }[];
  };
  const sharing = (await sam.send('GET', `${record}/sharing`)) as Sharing;
  const priya = sharing.people.find((person) => person.knownAs === 'Priya');
  if (!priya) throw new Error('The demo data no longer shares with Priya');
  await sam.send('PUT', `${record}/sharing/${priya.relationshipId}`, {
    sections: { ...priya.sections, reviews: 'suggest' },
    endsAt: null,
    advanceChoice: false,
    tellThem: false,
  });
}

/** A review Sam rated, with three areas through every step and two actions each, by Priya. */
async function fullReview(sam: Api, priya: Api, record: string, areaIds: string[]) {
  const started = (await sam.send('POST', `${record}/reviews`, {})) as { id: string };
  const base = `${record}/reviews/${started.id}`;
  await sam.send(
    'PUT',
    `${base}/ratings`,
    {
      ratedOn: '2026-11-27',
      lifeAreas: areaIds.map((id, i) => ({ id, score: 3 + i, wantHelp: i === 0 })),
      myCare: [
        { id: 'medication', score: 4, wantHelp: false },
        { id: 'practical-help', score: 3, wantHelp: true },
        { id: 'meetings-with-professionals', score: 5, wantHelp: false },
      ],
    },
    1,
  );
  const said = (what: string) =>
    `${what}: a few sentences, as people say them in a meeting, about how the weeks have been and what made a difference.`;
  await priya.send(
    'PUT',
    `${base}/meeting`,
    {
      meetingOn: '2026-11-28',
      nextReviewOn: '2027-02-28',
      areas: areaIds.map((lifeAreaId) => ({
        lifeAreaId,
        goingWell: said('Going well'),
        hard: said('Hard'),
        bestCase: said('Best case'),
        smallestStep: said('Smallest step'),
        byPerson: said('Sam could'),
        byPractitioner: said('Priya could'),
        byOthers: said('Others could'),
        actions: [
          { what: 'Keep a diary of good days', who: 'person', someoneName: '', by: '2026-12-12' },
          {
            what: 'Find a local walking group',
            who: 'someone',
            someoneName: 'Jo',
            by: '2027-01-09',
          },
        ],
      })),
    },
    2,
  );
  return started.id;
}
