// The sections a shared record shows besides the plans and goals: the safety plan, How they are
// doing (check-ins and questionnaire scores) and the journal entries shared one by one. Each is
// read-only, and asks the server only for the sections that were shared.
import { cleanup, screen, within } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_SAFETY_PLAN } from '../../../domain/record/plans.schema.ts';
import type { Section } from '../../../domain/record/sections.ts';
import { type Call, fakeServer, type Reply } from '../../testing/fake-server.ts';
import { moodChart, progressReads } from '../../testing/progress-answers.ts';
import { findPage, renderApp } from '../../testing/render.tsx';
import { wholeText } from '../../testing/text.ts';
import { ADE, NETWORK } from '../plans/plans.test-data.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const JO = { id: 'supporter-jo', email: 'jo@example.com', displayName: 'Jo', role: 'supporter' };
const SAM = 'person-sam';
const SAM_API = `/api/people/${SAM}`;

const sharing = (sections: readonly Section[]): Record<string, Reply> => ({
  'GET /api/auth/session': { status: 200, body: { account: JO, csrfToken: 'csrf-jo' } },
  'GET /api/shared-with-me': {
    status: 200,
    body: [
      {
        personId: SAM,
        name: 'Sam',
        role: 'family',
        sections: Object.fromEntries(sections.map((s) => [s, 'view'])),
      },
    ],
  },
});

const safetyDoc = {
  version: 2,
  updatedAt: '2026-11-25T14:02:00.000Z',
  data: {
    ...EMPTY_SAFETY_PLAN,
    onMyOwn: ['Go for a walk by the canal'],
    peopleToAsk: [{ contactId: ADE }],
    reasonsForLiving: ['My brother'],
    reasonPhotoIds: ['photo-1'],
  },
};

const series = moodChart([
  { checkinId: 'c1', takenAt: '2026-11-20T09:00:00Z', value: 3, hasNote: true },
  { checkinId: 'c2', takenAt: '2026-11-24T09:00:00Z', value: 5 },
]);
const ratingSet = {
  id: 'set-1',
  kind: 'life_area_rating',
  parentId: null,
  version: 1,
  createdAt: '2026-11-20T09:00:00.000Z',
  updatedAt: '2026-11-20T09:00:00.000Z',
  deletedAt: null,
  data: { date: '2026-11-20', ratings: [{ lifeAreaId: 'area-1', score: 4, wantHelp: false }] },
};
const ratings = {
  lifeAreas: [{ id: 'area-1', name: 'Things I enjoy', deleted: false }],
  first: ratingSet,
  latest: ratingSet,
  sets: [ratingSet],
};
const phq9 = {
  id: 'o1',
  responseId: 'r1',
  measureId: 'phq-9',
  scaleId: 'total',
  system: 'http://snomed.info/sct',
  code: '720433000',
  display: 'PHQ-9 total',
  value: 8,
  effectiveAt: '2026-11-22T09:00:00Z',
  forMeOnly: false,
  note: null,
  range: { min: 0, max: 27 },
};
const entry = {
  id: 'entry-1',
  version: 1,
  createdAt: '2026-11-27T20:00:00.000Z',
  updatedAt: '2026-11-27T20:00:00.000Z',
  deletedAt: null,
  date: '2026-11-27',
  mood: 5,
  text: 'Jo came to the allotment with me.\nThe onions are in.',
};

const samReads: Record<string, Reply | Reply[]> = {
  [`GET ${SAM_API}/safety-plan`]: { status: 200, body: safetyDoc },
  [`GET ${SAM_API}/support-network`]: { status: 200, body: NETWORK },
  ...progressReads(SAM_API, {
    chart: { status: 200, body: series },
    ratings: { status: 200, body: ratings },
    observations: { status: 200, body: { points: [phq9] } },
  }),
  [`GET ${SAM_API}/journal`]: { status: 200, body: { items: [entry] } },
};

const main = () => within(screen.getByRole('main'));
/** The page's own links, leaving out the banner's list of shared sections. */
const pageLinks = () =>
  main()
    .queryAllByRole('link')
    .filter((link) => !link.closest('[role="note"]'));
const asked = (calls: Call[], path: string) =>
  calls.some((call) => call.path.startsWith(`${SAM_API}${path}`));

/**
 * Only reads, and only of Sam's record, the session and what was shared (and the viewer's own
 * count of new notifications, which the navigation shows on every page).
 */
function expectOnlyReads(calls: Call[]) {
  for (const call of calls) {
    expect(call.method, call.path).toBe('GET');
    expect(call.path).toMatch(
      /^\/api\/(auth\/session|shared-with-me|people\/person-sam\/|notifications\/unread$)/,
    );
  }
}

/** Nothing to fill in or change: no form fields, and no button but printing. */
function expectNothingToChange() {
  expect(main().queryAllByRole('textbox')).toEqual([]);
  expect(main().queryAllByRole('checkbox')).toEqual([]);
  const buttons = main()
    .queryAllByRole('button')
    .map((b) => b.textContent);
  expect(buttons.filter((name) => name !== 'Print or save as PDF')).toEqual([]);
}

describe('A shared safety plan', () => {
  it('shows the steps in the person’s words, to read, without photos or the network', async () => {
    const server = fakeServer({ ...sharing(['safety_plan']), ...samReads });
    renderApp(`/people/${SAM}/plans/safety`);
    await findPage('Sam’s safety plan');

    expect(await screen.findByText('Go for a walk by the canal')).toBeTruthy();
    expect(screen.getByText('My brother')).toBeTruthy();
    // The network was not shared: the person named is not identified, and not asked for.
    expect(screen.getByText('Someone from Sam’s support network')).toBeTruthy();
    expect(screen.queryByText('Ade next door')).toBeNull();
    expect(asked(server.calls, '/support-network')).toBe(false);
    // Photos of reasons for living stay with the person.
    expect(screen.queryByRole('img')).toBeNull();
    expect(asked(server.calls, '/safety-plan/photos')).toBe(false);
    expectNothingToChange();
    expectOnlyReads(server.calls);
  });

  it('names the people it lists when the support network is shared too', async () => {
    const server = fakeServer({ ...sharing(['safety_plan', 'support_network']), ...samReads });
    renderApp(`/people/${SAM}/plans/safety`);
    await findPage('Sam’s safety plan');

    expect(await screen.findByText('Ade next door')).toBeTruthy();
    expect(screen.queryByText('Someone from Sam’s support network')).toBeNull();
    expectOnlyReads(server.calls);
  });
});

describe('How a person is doing, shared', () => {
  it('shows check-in charts and life-area ratings, with no check-in, rating, note or undo', async () => {
    const server = fakeServer({ ...sharing(['checkins']), ...samReads });
    renderApp(`/people/${SAM}/how-i-am-doing`);
    await findPage('How Sam is doing');

    expect(await screen.findByRole('heading', { name: 'Mood' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Life areas' })).toBeTruthy();
    expect(screen.getAllByText('Things I enjoy').length).toBeGreaterThan(0);
    // Questionnaires were not shared: not shown, not asked for.
    expect(screen.queryByRole('heading', { name: 'Questionnaires' })).toBeNull();
    expect(asked(server.calls, '/observations')).toBe(false);
    // Nothing of the owner's: no deleted check-ins, no notes to add, no rating again.
    expect(server.calls.some((call) => call.path.includes('deleted=true'))).toBe(false);
    expect(screen.queryByRole('link', { name: /Add a note|Change the note/ })).toBeNull();
    expect(screen.queryByRole('link', { name: /Rate my life areas/ })).toBeNull();
    expect(screen.queryByRole('link', { name: /check in/i })).toBeNull();
    expectNothingToChange();
    expectOnlyReads(server.calls);
  });

  it('shows only questionnaire scores when only questionnaires are shared', async () => {
    const server = fakeServer({ ...sharing(['measures']), ...samReads });
    renderApp(`/people/${SAM}/how-i-am-doing`);
    await findPage('How Sam is doing');

    expect(await screen.findByRole('heading', { name: 'PHQ-9 total' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Check-ins' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Life areas' })).toBeNull();
    expect(asked(server.calls, '/checkins')).toBe(false);
    expect(asked(server.calls, '/life-area-ratings')).toBe(false);
    expect(screen.queryByRole('link', { name: /Add a note|Change the note/ })).toBeNull();
    // Nothing to answer: no way to the questionnaires.
    expect(pageLinks().map((link) => link.getAttribute('href'))).toEqual([]);
    expectNothingToChange();
    expectOnlyReads(server.calls);
  });

  it('says plainly when nothing has been recorded yet', async () => {
    fakeServer({
      ...sharing(['checkins', 'measures']),
      ...progressReads(SAM_API),
      ...progressReads(SAM_API, {}, 'all'),
    });
    renderApp(`/people/${SAM}/how-i-am-doing`);
    await findPage('How Sam is doing');

    expect(
      await screen.findByText(wholeText('Sam has not checked in during the last 3 months.')),
    ).toBeTruthy();
    expect(screen.getByText(wholeText('Sam has not rated their life areas yet.'))).toBeTruthy();
    expect(screen.getByText(wholeText('Sam has not filled in a questionnaire yet.'))).toBeTruthy();
    expect(pageLinks()).toEqual([]);
    // Over everything, "not yet".
    await userEvent.setup().click(screen.getByRole('radio', { name: 'All' }));
    expect(await screen.findByText(wholeText('Sam has not checked in yet.'))).toBeTruthy();
    expect(pageLinks()).toEqual([]);
  });
});

describe('Journal entries shared one by one', () => {
  it('shows the shared entries whole, with no writing, search or deleted entries', async () => {
    const server = fakeServer({ ...sharing(['journal']), ...samReads });
    renderApp(`/people/${SAM}/journal`);
    await findPage('Sam’s journal');

    expect(await screen.findByText(/Jo came to the allotment with me\./)).toBeTruthy();
    expect(screen.getByText(/The onions are in\./)).toBeTruthy();
    expect(screen.getByText('Mood: 5 out of 7')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Write an entry' })).toBeNull();
    expect(screen.queryByRole('heading', { name: /Search/ })).toBeNull();
    expect(screen.queryByRole('link', { name: /27 November/ })).toBeNull();
    expect(server.calls.some((call) => call.path.includes('deleted=true'))).toBe(false);
    expectNothingToChange();
    expectOnlyReads(server.calls);
  });
});
