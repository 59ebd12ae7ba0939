import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SharedWithMe } from '../../../domain/sharing/sharing.schema.ts';
import {
  ACCOUNT,
  type Call,
  fakeServer,
  type Reply,
  SIGNED_IN,
} from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';
import { wholeText } from '../../testing/text.ts';
import { crisisDoc, NETWORK } from '../plans/plans.test-data.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const JO = { id: 'supporter-jo', email: 'jo@example.com', displayName: 'Jo', role: 'supporter' };
const JO_SIGNED_IN: Reply = { status: 200, body: { account: JO, csrfToken: 'csrf-token-jo' } };
const SAM = 'person-sam';
const SAM_API = `/api/people/${SAM}`;
const SHARED: SharedWithMe = [
  {
    personId: SAM,
    name: 'Sam',
    role: 'friend',
    sections: { crisis_plan: 'view', goals: 'view', journal: 'none' },
  },
];
const GOAL_ID = 'goal-1';
const goal = {
  id: GOAL_ID,
  kind: 'goal',
  parentId: null,
  version: 3,
  createdAt: '2026-11-20T09:00:00.000Z',
  updatedAt: '2026-11-25T14:02:00.000Z',
  deletedAt: null,
  data: {
    title: 'Swim once a week',
    why: 'I sleep better',
    lifeAreaId: null,
    whoHelps: '',
    targetDate: null,
    status: 'in_progress',
    steps: [
      { id: 's1', text: 'Find my costume', done: true },
      { id: 's2', text: 'Go on Tuesday', done: false },
    ],
  },
};
const note = {
  id: 'note-1',
  kind: 'goal_note',
  parentId: GOAL_ID,
  version: 1,
  createdAt: '2026-11-24T09:00:00.000Z',
  updatedAt: '2026-11-24T09:00:00.000Z',
  deletedAt: null,
  data: { date: '2026-11-24', text: 'Went once, it was quiet' },
};

const samRoutes = {
  'GET /api/auth/session': JO_SIGNED_IN,
  'GET /api/shared-with-me': { status: 200, body: SHARED },
  [`GET ${SAM_API}/goals`]: { status: 200, body: { items: [goal] } },
  [`GET ${SAM_API}/goals/${GOAL_ID}`]: { status: 200, body: goal },
  [`GET ${SAM_API}/goals/${GOAL_ID}/notes`]: { status: 200, body: { items: [note] } },
  [`GET ${SAM_API}/life-areas`]: { status: 200, body: { items: [] } },
  [`GET ${SAM_API}/crisis-plan`]: {
    status: 200,
    body: crisisDoc(2, { signs: 'I stop answering the phone' }),
  },
  [`GET ${SAM_API}/support-network`]: { status: 200, body: NETWORK },
  [`GET ${SAM_API}/crisis-plan/documents`]: { status: 200, body: { items: [] } },
};

/**
 * Only reads, and only of Sam's record, the session and what was shared (and the viewer's own
 * count of new notifications, which the navigation shows on every page).
 */
function expectOnlyReadsOfSam(calls: Call[]) {
  for (const call of calls) {
    expect(call.method, call.path).toBe('GET');
    expect(call.path, call.path).toMatch(
      /^\/api\/(auth\/session|shared-with-me|people\/person-sam\/|notifications\/unread$)/,
    );
  }
}

const main = () => within(screen.getByRole('main'));

describe('A record someone shared', () => {
  it('names the person and the shared sections, and lists only those', async () => {
    const server = fakeServer(samRoutes);
    renderApp(`/people/${SAM}/goals`);
    await findPage('Sam’s goals');

    expect(
      await screen.findByText('Sam’s record, shared with you: goals and crisis plan'),
    ).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Sam’s record' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['goals', `/people/${SAM}/goals`],
      ['crisis plan', `/people/${SAM}/crisis-plan`],
    ]);
    // The journal was set to "none": not offered, not named, not asked for.
    expect(screen.queryByText(/journal/i)).toBeNull();
    // The header offers none of the supporter's own (non-existent) record.
    expect(screen.queryByRole('link', { name: 'About me' })).toBeNull();
    expectOnlyReadsOfSam(server.calls);
  });

  it('shows the goals without anything to add, change or bring back, and links stay in the record', async () => {
    const server = fakeServer(samRoutes);
    renderApp(`/people/${SAM}/goals`);
    await findPage('Sam’s goals');

    const card = await screen.findByRole('link', { name: 'Swim once a week' });
    expect(card.getAttribute('href')).toBe(`/people/${SAM}/goals/${GOAL_ID}`);
    expect(screen.queryByRole('link', { name: 'Add a goal' })).toBeNull();
    expect(screen.queryByRole('link', { name: /life areas/i })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Recently deleted goals' })).toBeNull();
    expect(main().queryAllByRole('button')).toEqual([]);
    for (const link of main().getAllByRole('link')) {
      expect(link.getAttribute('href')).toMatch(new RegExp(`^/people/${SAM}(/|$)`));
    }
    expect(server.calls.some((call) => call.path.includes('deleted=true'))).toBe(false);
    expectOnlyReadsOfSam(server.calls);
  });

  it('shows a goal with its steps and notes, and no form, tick box, change or delete', async () => {
    const server = fakeServer(samRoutes);
    renderApp(`/people/${SAM}/goals/${GOAL_ID}`);
    await findPage('Swim once a week');

    expect(await screen.findByText(wholeText('Find my costume (done)'))).toBeTruthy();
    expect(screen.getByText('Go on Tuesday')).toBeTruthy();
    expect(await screen.findByText('Went once, it was quiet')).toBeTruthy();
    expect(main().queryAllByRole('button')).toEqual([]);
    expect(main().queryAllByRole('checkbox')).toEqual([]);
    expect(main().queryAllByRole('textbox')).toEqual([]);
    expect(document.querySelector('main form')).toBeNull();
    expect(screen.queryByRole('link', { name: /change/i })).toBeNull();
    expect(screen.queryByRole('link', { name: /earlier versions/i })).toBeNull();
    for (const link of main().getAllByRole('link')) {
      expect(link.getAttribute('href')).toMatch(new RegExp(`^/people/${SAM}(/|$)`));
    }
    expectOnlyReadsOfSam(server.calls);
  });

  it('shows the crisis plan to read and print, without change, emergency links or a copy on this device', async () => {
    const server = fakeServer(samRoutes);
    renderApp(`/people/${SAM}/crisis-plan`);
    await findPage('Sam’s crisis plan');

    expect(await screen.findByText('I stop answering the phone')).toBeTruthy();
    expect(screen.queryByRole('link', { name: /change/i })).toBeNull();
    expect(screen.queryByRole('link', { name: /emergency/i })).toBeNull();
    expect(screen.queryByRole('link', { name: /earlier versions/i })).toBeNull();
    expect(screen.queryByText(/this device/i)).toBeNull();
    expect(main().queryAllByRole('checkbox')).toEqual([]);
    expect(
      main()
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual([expect.stringMatching(/print/i)]);
    expectOnlyReadsOfSam(server.calls);
  });

  it('shows the staying-well plan to read, with no form, when it is shared', async () => {
    const server = fakeServer({
      ...samRoutes,
      'GET /api/shared-with-me': {
        status: 200,
        body: [{ ...SHARED[0], sections: { staying_well: 'view' } }],
      },
      [`GET ${SAM_API}/staying-well-plan`]: {
        status: 200,
        body: {
          version: 4,
          updatedAt: '2026-11-25T14:02:00.000Z',
          data: {
            daily: ['Walk to the shop'],
            weekly: [],
            triggers: [{ trigger: 'Loud places', whatHelps: 'Headphones' }],
            earlyWarningSigns: [],
            gettingWorse: [],
          },
        },
      },
    });
    renderApp(`/people/${SAM}/plans/staying-well`);
    await findPage('Sam’s staying-well plan');

    expect(await screen.findByText('Walk to the shop')).toBeTruthy();
    expect(screen.getByText('Loud places')).toBeTruthy();
    expect(screen.getByText('Sam’s record, shared with you: staying-well plan')).toBeTruthy();
    expect(document.querySelector('main form')).toBeNull();
    expect(main().queryAllByRole('textbox')).toEqual([]);
    expect(main().queryByRole('link', { name: /plans/i })).toBeNull();
    expectOnlyReadsOfSam(server.calls);
  });

  it('shows the support network with ways to reach people, and no add, change or delete', async () => {
    const server = fakeServer({
      ...samRoutes,
      'GET /api/shared-with-me': {
        status: 200,
        body: [{ ...SHARED[0], sections: { support_network: 'view' } }],
      },
    });
    renderApp(`/people/${SAM}/support-network`);
    await findPage('Sam’s support network');

    expect(await screen.findByRole('heading', { name: 'Ade next door' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '07700 900123' })).toBeTruthy();
    expect(main().queryAllByRole('button')).toEqual([]);
    expect(screen.queryByRole('link', { name: /add|change/i })).toBeNull();
    expect(main().queryByRole('link', { name: /plans/i })).toBeNull();
    expectOnlyReadsOfSam(server.calls);
  });

  it('shows About me in the person’s words, with no form, when it is shared', async () => {
    const server = fakeServer({
      ...samRoutes,
      'GET /api/shared-with-me': {
        status: 200,
        body: [{ ...SHARED[0], sections: { about_me: 'view', goals: 'view' } }],
      },
      [`GET ${SAM_API}/about-me`]: {
        status: 200,
        body: {
          version: 2,
          updatedAt: '2026-11-25T14:02:00.000Z',
          data: {
            strengths: 'I keep going',
            values: '',
            whatMatters: '',
            identity: '',
            culture: '',
            whenWell: '',
            howToSupportMe: 'Text before you call',
          },
        },
      },
    });
    renderApp(`/people/${SAM}/about-me`);
    await findPage('About Sam');

    expect(await screen.findByText('I keep going')).toBeTruthy();
    expect(screen.getByText('Text before you call')).toBeTruthy();
    expect(screen.queryByText('What I value')).toBeNull();
    expect(document.querySelector('main form')).toBeNull();
    expect(main().queryAllByRole('textbox')).toEqual([]);
    expect(main().queryAllByRole('button')).toEqual([]);
    expectOnlyReadsOfSam(server.calls);
  });

  it('shows the after-crisis plan to read, with no form, when it is shared', async () => {
    const server = fakeServer({
      ...samRoutes,
      'GET /api/shared-with-me': {
        status: 200,
        body: [{ ...SHARED[0], sections: { after_crisis: 'view' } }],
      },
      [`GET ${SAM_API}/after-crisis`]: {
        status: 200,
        body: {
          version: 1,
          updatedAt: '2026-11-25T14:02:00.000Z',
          data: { backOnTrack: 'A quiet week at home', learned: '' },
        },
      },
    });
    renderApp(`/people/${SAM}/plans/after-crisis`);
    await findPage('Sam’s after-crisis plan');

    expect(await screen.findByText('A quiet week at home')).toBeTruthy();
    expect(document.querySelector('main form')).toBeNull();
    expect(main().queryAllByRole('button')).toEqual([]);
    expect(main().queryByRole('link', { name: /plans/i })).toBeNull();
    expectOnlyReadsOfSam(server.calls);
  });

  it('still shows the crisis plan when the support network and documents are withheld', async () => {
    const withheld = {
      status: 404,
      body: { error: { code: 'WM_NOT_FOUND', message: 'Not found' } },
    };
    fakeServer({
      ...samRoutes,
      [`GET ${SAM_API}/support-network`]: withheld,
      [`GET ${SAM_API}/crisis-plan/documents`]: withheld,
    });
    renderApp(`/people/${SAM}/crisis-plan`);
    await findPage('Sam’s crisis plan');

    expect(await screen.findByText('I stop answering the phone')).toBeTruthy();
    expect(screen.queryByText(/We could not find that/)).toBeNull();
  });

  it('answers a section that was not shared as any unknown page, and asks nothing for it', async () => {
    const server = fakeServer(samRoutes);
    renderApp(`/people/${SAM}/support-network`);
    await findPage('Page not found');

    expect(server.calls.some((call) => call.path.startsWith(`${SAM_API}/support-network`))).toBe(
      false,
    );
    expect(screen.getByRole('link', { name: 'Go to Sam’s record' }).getAttribute('href')).toBe(
      `/people/${SAM}/`,
    );
  });

  it('does not open a record nobody shared with this account', async () => {
    const server = fakeServer(samRoutes);
    renderApp('/people/someone-else/goals');
    await findPage('Page not found');

    expect(
      screen.getByText('This record is not shared with you, or the sharing has ended.'),
    ).toBeTruthy();
    expect(server.calls.some((call) => call.path.startsWith('/api/people/'))).toBe(false);
  });
});

describe('Home for an account that owns no record', () => {
  it('lists the people who shared with the supporter, each opening their record', async () => {
    const server = fakeServer(samRoutes);
    renderApp('/');
    await findPage('People I support');

    const open = await screen.findByRole('link', { name: 'Open Sam’s record' });
    expect(open.getAttribute('href')).toBe(`/people/${SAM}`);
    expect(screen.getByText('Shared with you: goals and crisis plan')).toBeTruthy();
    expect(screen.queryByText(/We could not find that/)).toBeNull();
    // Nothing is asked of a record with the supporter's own id.
    expect(server.calls.some((call) => call.path.startsWith(`/api/people/${JO.id}`))).toBe(false);
  });

  it('explains how sharing works when nobody has shared yet', async () => {
    fakeServer({
      'GET /api/auth/session': JO_SIGNED_IN,
      'GET /api/shared-with-me': { status: 200, body: [] },
    });
    renderApp('/');
    await findPage('People I support');

    expect(await screen.findByText('Nobody has shared their record with you yet.')).toBeTruthy();
    expect(screen.getByText(/They invite you from their Waymark/)).toBeTruthy();
  });

  it('says the list could not load when GET /api/shared-with-me fails, rather than that nobody shared', async () => {
    // The server has the route now: a 404 (the fake server's default) is a failure, not a list.
    fakeServer({ 'GET /api/auth/session': JO_SIGNED_IN });
    renderApp('/');
    await findPage('People I support');

    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.queryByText('Nobody has shared their record with you yet.')).toBeNull();
  });
});

describe("The owner's own pages", () => {
  it('keep their paths and controls, read the signed-in person’s record, and ask nothing about sharing', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET /api/people/${ACCOUNT.id}/goals`]: { status: 200, body: { items: [goal] } },
      [`GET /api/people/${ACCOUNT.id}/goals?deleted=true`]: { status: 200, body: { items: [] } },
      [`GET /api/people/${ACCOUNT.id}/life-areas`]: { status: 200, body: { items: [] } },
    });
    renderApp('/goals');
    await findPage('My goals');

    const card = await screen.findByRole('link', { name: 'Swim once a week' });
    expect(card.getAttribute('href')).toBe(`/goals/${GOAL_ID}`);
    expect(screen.getByRole('link', { name: 'Add a goal' }).getAttribute('href')).toBe(
      '/goals/new',
    );
    expect(screen.queryByText(/shared with you/)).toBeNull();
    expect(server.sent('GET', '/api/shared-with-me')).toEqual([]);
  });
});
