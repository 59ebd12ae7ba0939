// Working together beside the record (decision 0030), as the person and a supporter see it:
// encouragement on a goal (leave, hide, show again) and a view beside a plan shown next to the
// person's words, theirs first, each labelled.
import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Annotation, Comment } from '../../../domain/collaboration/collaboration.schema.ts';
import { EMPTY_SAFETY_PLAN, EMPTY_STAYING_WELL } from '../../../domain/record/plans.schema.ts';
import type { SharedWithMe } from '../../../domain/sharing/sharing.schema.ts';
import {
  ACCOUNT,
  type Call,
  fakeServer,
  type Reply,
  SIGNED_IN,
} from '../../testing/fake-server.ts';
import { progressReads } from '../../testing/progress-answers.ts';
import { findPage, renderApp } from '../../testing/render.tsx';
import { wholeText } from '../../testing/text.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const GOAL_ID = '5b0e7d1c-3f1a-4c39-9d7e-2a1b3c4d5e6f';
const goal = {
  id: GOAL_ID,
  kind: 'goal',
  parentId: null,
  version: 2,
  createdAt: '2026-11-20T09:00:00.000Z',
  updatedAt: '2026-11-25T14:02:00.000Z',
  deletedAt: null,
  data: {
    title: 'Swim once a week',
    why: '',
    lifeAreaId: null,
    whoHelps: '',
    targetDate: null,
    status: 'in_progress',
    steps: [{ id: 's1', text: 'Go on Saturday', done: true }],
  },
};
const comment = (over: Partial<Comment> = {}): Comment => ({
  id: 'c0b7a1d2-0000-4000-8000-000000000001',
  goalId: GOAL_ID,
  stepId: 's1',
  author: { name: 'Jo', isYou: false, isOwner: false },
  text: 'Well done on Saturday',
  createdAt: '2026-11-28T10:00:00.000Z',
  hidden: false,
  ...over,
});

const JO = { id: 'supporter-jo', email: 'jo@example.com', displayName: 'Jo', role: 'supporter' };
const JO_SIGNED_IN: Reply = { status: 200, body: { account: JO, csrfToken: 'csrf-token-jo' } };
const ALEX_API = `/api/people/${ACCOUNT.id}`;
const sharedWithJo = (level: 'view' | 'suggest'): SharedWithMe => [
  {
    personId: ACCOUNT.id,
    name: 'Alex',
    role: 'friend',
    sections: { goals: level, staying_well: level },
  },
];

describe('Encouragement on a goal', () => {
  it('shows the person who said what and when, and hides a comment for them, with a way to show it again', async () => {
    let hidden = false;
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${ALEX_API}/goals/${GOAL_ID}`]: { status: 200, body: goal },
      [`GET ${ALEX_API}/life-areas`]: { status: 200, body: { items: [] } },
      [`GET ${ALEX_API}/goals/${GOAL_ID}/notes`]: { status: 200, body: { items: [] } },
      [`GET ${ALEX_API}/goals/${GOAL_ID}/comments`]: () => ({
        status: 200,
        body: { items: [comment({ hidden })], youMay: { comment: true, hide: true } },
      }),
      [`PUT ${ALEX_API}/goals/${GOAL_ID}/comments/${comment().id}/hidden`]: (call: Call) => {
        hidden = (call.body as { hidden: boolean }).hidden;
        return { status: 200, body: comment({ hidden }) };
      },
    });
    const user = userEvent.setup();
    renderApp(`/goals/${GOAL_ID}`);
    await findPage('Swim once a week');
    const part = await screen.findByRole('region', { name: 'Encouragement' });
    expect(await within(part).findByText('Well done on Saturday')).toBeTruthy();
    expect(
      within(part).getByText(wholeText(/^Jo, .*About the step “Go on Saturday”$/)),
    ).toBeTruthy();

    await user.click(within(part).getByRole('button', { name: 'Hide this comment' }));
    expect(await within(part).findByText(wholeText('You hid a comment from Jo.'))).toBeTruthy();
    expect(within(part).queryByText('Well done on Saturday')).toBeNull();
    const [put] = server.sent(
      'PUT',
      `${ALEX_API}/goals/${GOAL_ID}/comments/${comment().id}/hidden`,
    );
    expect(put?.body).toEqual({ hidden: true });

    await user.click(within(part).getByRole('button', { name: 'Show it again' }));
    expect(await within(part).findByText('Well done on Saturday')).toBeTruthy();
  });

  it('lets a supporter leave encouragement on the read-only goal, refusing too long a comment before sending', async () => {
    const server = fakeServer({
      'GET /api/auth/session': JO_SIGNED_IN,
      'GET /api/shared-with-me': { status: 200, body: sharedWithJo('view') },
      [`GET ${ALEX_API}/goals/${GOAL_ID}`]: { status: 200, body: goal },
      [`GET ${ALEX_API}/life-areas`]: { status: 200, body: { items: [] } },
      [`GET ${ALEX_API}/goals/${GOAL_ID}/notes`]: { status: 200, body: { items: [] } },
      [`GET ${ALEX_API}/goals/${GOAL_ID}/comments`]: {
        status: 200,
        body: { items: [], youMay: { comment: true, hide: false } },
      },
      [`POST ${ALEX_API}/goals/${GOAL_ID}/comments`]: (call: Call) => ({
        status: 201,
        body: comment({ text: (call.body as { text: string }).text, stepId: null }),
      }),
    });
    const user = userEvent.setup();
    renderApp(`/people/${ACCOUNT.id}/goals/${GOAL_ID}`);
    await findPage('Swim once a week');
    const part = await screen.findByRole('region', { name: 'Encouragement' });
    expect(await within(part).findByText('No comments yet.')).toBeTruthy();
    // Nothing to change on someone else's goal.
    expect(screen.queryByRole('link', { name: /change/i })).toBeNull();

    const box = await within(part).findByRole('textbox', {
      name: 'Leave a comment or some encouragement',
    });
    await user.click(box);
    await user.paste('x'.repeat(501));
    await user.click(within(part).getByRole('button', { name: 'Send comment' }));
    expect(await within(part).findByText('This must be 500 characters or fewer')).toBeTruthy();
    expect(server.sent('POST', `${ALEX_API}/goals/${GOAL_ID}/comments`)).toHaveLength(0);

    await user.clear(box);
    await user.type(box, 'Well done on Saturday');
    await user.click(within(part).getByRole('button', { name: 'Send comment' }));
    await waitFor(() =>
      expect(server.sent('POST', `${ALEX_API}/goals/${GOAL_ID}/comments`)).toHaveLength(1),
    );
    expect(server.sent('POST', `${ALEX_API}/goals/${GOAL_ID}/comments`)[0]?.body).toEqual({
      text: 'Well done on Saturday',
      stepId: null,
    });
  });
});

const VIEW_ID = 'a1b2c3d4-0000-4000-8000-00000000000a';
const samView: Annotation = {
  id: VIEW_ID,
  kind: 'view',
  replyTo: null,
  part: 'triggers',
  itemVersion: 1,
  author: { name: 'Sam', isYou: false, isOwner: false },
  text: 'Money worries are a trigger too',
  createdAt: '2026-11-28T10:00:00.000Z',
};
const plan = {
  version: 1,
  updatedAt: '2026-11-25T14:02:00.000Z',
  data: {
    ...EMPTY_STAYING_WELL,
    triggers: [{ trigger: 'Crowded buses', whatHelps: '' }],
  },
};

describe('Two views side by side on the staying-well plan', () => {
  it('shows the person their own words first, then Sam’s view beside them, and sends a reply', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${ALEX_API}/staying-well-plan`]: { status: 200, body: plan },
      [`GET ${ALEX_API}/staying-well-plan/views`]: {
        status: 200,
        body: { itemVersion: 1, items: [samView], youMay: { annotate: false, reply: true } },
      },
      [`POST ${ALEX_API}/staying-well-plan/views/replies`]: (call: Call) => ({
        status: 201,
        body: {
          ...samView,
          id: 'a1b2c3d4-0000-4000-8000-00000000000b',
          kind: 'reply',
          replyTo: VIEW_ID,
          author: { name: '', isYou: true, isOwner: true },
          text: (call.body as { text: string }).text,
        },
      }),
    });
    const user = userEvent.setup();
    renderApp('/plans/staying-well');
    await findPage('My staying-well plan');
    const part = await screen.findByRole('region', { name: 'Views side by side' });
    const headings = (await within(part).findAllByRole('heading', { level: 4 })).map(
      (h) => h.textContent,
    );
    expect(headings).toEqual(['Your words', 'Sam’s view']);
    expect(within(part).getByText('Crowded buses')).toBeTruthy();
    expect(within(part).getByText('Money worries are a trigger too')).toBeTruthy();
    // The person does not add a view over their own words; they reply.
    expect(within(part).queryByRole('button', { name: 'Add your view' })).toBeNull();
    await user.type(within(part).getByRole('textbox', { name: 'Reply to Sam' }), 'Yes, money too');
    await user.click(within(part).getByRole('button', { name: 'Send reply' }));
    await waitFor(() =>
      expect(server.sent('POST', `${ALEX_API}/staying-well-plan/views/replies`)[0]?.body).toEqual({
        viewId: VIEW_ID,
        text: 'Yes, money too',
      }),
    );
  });

  it('lets a supporter with suggest access add their view beside a part of the plan, against the version they saw', async () => {
    const server = fakeServer({
      'GET /api/auth/session': JO_SIGNED_IN,
      'GET /api/shared-with-me': { status: 200, body: sharedWithJo('suggest') },
      [`GET ${ALEX_API}/staying-well-plan`]: { status: 200, body: plan },
      [`GET ${ALEX_API}/staying-well-plan/views`]: {
        status: 200,
        body: { itemVersion: 1, items: [], youMay: { annotate: true, reply: false } },
      },
      [`POST ${ALEX_API}/staying-well-plan/views`]: (call: Call) => ({
        status: 201,
        body: {
          ...samView,
          ...(call.body as object),
          author: { name: '', isYou: true, isOwner: false },
        },
      }),
    });
    const user = userEvent.setup();
    renderApp(`/people/${ACCOUNT.id}/plans/staying-well`);
    const part = await screen.findByRole('region', { name: 'Views side by side' });
    expect(await within(part).findByText('Nobody has added a view yet.')).toBeTruthy();
    await user.selectOptions(
      within(part).getByRole('combobox', { name: 'Which part is your view about?' }),
      'triggers',
    );
    await user.type(within(part).getByRole('textbox', { name: 'Your view' }), 'Money too');
    await user.click(within(part).getByRole('button', { name: 'Add your view' }));
    await waitFor(() =>
      expect(server.sent('POST', `${ALEX_API}/staying-well-plan/views`)[0]?.body).toEqual({
        part: 'triggers',
        text: 'Money too',
        version: 1,
      }),
    );
  });
});

describe('Two views side by side on the safety plan and after a crisis', () => {
  it('shows the person their reasons for living first, then Sam’s view beside them, on their own safety plan', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${ALEX_API}/safety-plan`]: {
        status: 200,
        body: {
          version: 2,
          updatedAt: '2026-11-25T14:02:00.000Z',
          data: { ...EMPTY_SAFETY_PLAN, reasonsForLiving: ['My niece'] },
        },
      },
      [`GET ${ALEX_API}/support-network`]: { status: 200, body: { items: [] } },
      [`GET ${ALEX_API}/safety-plan/views`]: {
        status: 200,
        body: {
          itemVersion: 2,
          items: [{ ...samView, part: 'reasonsForLiving', itemVersion: 2, text: 'Your dog too' }],
          youMay: { annotate: false, reply: true },
        },
      },
    });
    renderApp('/plans/safety');
    await findPage('My safety plan');
    const part = await screen.findByRole('region', { name: 'Views side by side' });
    const headings = (await within(part).findAllByRole('heading', { level: 4 })).map(
      (h) => h.textContent,
    );
    expect(headings).toEqual(['Your words', 'Sam’s view']);
    expect(within(part).getByRole('heading', { level: 3 }).textContent).toBe(
      'My reasons for living',
    );
    expect(within(part).getByText('My niece')).toBeTruthy();
    expect(within(part).getByText('Your dog too')).toBeTruthy();
    expect(within(part).getByRole('textbox', { name: 'Reply to Sam' })).toBeTruthy();
    // The views are not printed with the plan.
    expect(part.closest('.no-print')).not.toBeNull();
  });

  it('lets a supporter with suggest access add a view beside the after-a-crisis notes they read, and change nothing else', async () => {
    const server = fakeServer({
      'GET /api/auth/session': JO_SIGNED_IN,
      'GET /api/shared-with-me': {
        status: 200,
        body: [
          {
            personId: ACCOUNT.id,
            name: 'Alex',
            role: 'friend',
            sections: { after_crisis: 'suggest' },
          },
        ] satisfies SharedWithMe,
      },
      [`GET ${ALEX_API}/after-crisis`]: {
        status: 200,
        body: {
          version: 3,
          updatedAt: '2026-11-25T14:02:00.000Z',
          data: { backOnTrack: 'A week off work', learned: 'Call Ade sooner' },
        },
      },
      [`GET ${ALEX_API}/after-crisis/views`]: {
        status: 200,
        body: { itemVersion: 3, items: [], youMay: { annotate: true, reply: false } },
      },
      [`POST ${ALEX_API}/after-crisis/views`]: (call: Call) => ({
        status: 201,
        body: {
          ...samView,
          ...(call.body as object),
          itemVersion: 3,
          author: { name: '', isYou: true, isOwner: false },
        },
      }),
    });
    const user = userEvent.setup();
    renderApp(`/people/${ACCOUNT.id}/plans/after-crisis`);
    const part = await screen.findByRole('region', { name: 'Views side by side' });
    expect(await within(part).findByText('Nobody has added a view yet.')).toBeTruthy();
    // Read-only: no form to change the notes themselves.
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
    await user.selectOptions(
      within(part).getByRole('combobox', { name: 'Which part is your view about?' }),
      'learned',
    );
    await user.type(within(part).getByRole('textbox', { name: 'Your view' }), 'And sleep more');
    await user.click(within(part).getByRole('button', { name: 'Add your view' }));
    await waitFor(() =>
      expect(server.sent('POST', `${ALEX_API}/after-crisis/views`)[0]?.body).toEqual({
        part: 'learned',
        text: 'And sleep more',
        version: 3,
      }),
    );
  });
});

describe('Taking back a view', () => {
  it('offers the author “Take back my view” on their own view only, and takes it away when pressed', async () => {
    const mine = { ...samView, author: { name: '', isYou: true, isOwner: false } };
    const kims = {
      ...samView,
      id: 'a1b2c3d4-0000-4000-8000-00000000000c',
      text: 'Walking helps me too',
      author: { name: 'Kim', isYou: false, isOwner: false },
    };
    const list = (items: Annotation[]) => ({
      status: 200,
      body: { itemVersion: 1, items, youMay: { annotate: true, reply: false } },
    });
    const server = fakeServer({
      'GET /api/auth/session': JO_SIGNED_IN,
      'GET /api/shared-with-me': { status: 200, body: sharedWithJo('suggest') },
      [`GET ${ALEX_API}/staying-well-plan`]: { status: 200, body: plan },
      [`GET ${ALEX_API}/staying-well-plan/views`]: [list([mine, kims]), list([kims])],
      [`DELETE ${ALEX_API}/staying-well-plan/views/${VIEW_ID}`]: { status: 204 },
    });
    const user = userEvent.setup();
    renderApp(`/people/${ACCOUNT.id}/plans/staying-well`);
    const part = await screen.findByRole('region', { name: 'Views side by side' });
    expect(await within(part).findByText('Money worries are a trigger too')).toBeTruthy();
    // One button: for Jo's own view, none for Kim's.
    const buttons = within(part).getAllByRole('button', { name: 'Take back my view' });
    expect(buttons).toHaveLength(1);
    await user.click(buttons[0] as HTMLElement);
    await waitFor(() =>
      expect(server.sent('DELETE', `${ALEX_API}/staying-well-plan/views/${VIEW_ID}`)).toHaveLength(
        1,
      ),
    );
    await waitFor(() =>
      expect(within(part).queryByText('Money worries are a trigger too')).toBeNull(),
    );
    expect(within(part).getByText('Walking helps me too')).toBeTruthy();
    expect(within(part).getByRole('status').textContent).toBe(
      'Your view was taken back. Nobody sees it now.',
    );
  });
});

describe('Two views side by side on a life-area rating', () => {
  it('shows the person’s own rating first, then Priya’s view of that area, on How I’m doing', async () => {
    const AREA = 'b7c1d2e3-0000-4000-8000-0000000000a1';
    const SET = 'b7c1d2e3-0000-4000-8000-0000000000b1';
    const set = {
      id: SET,
      kind: 'life_area_rating',
      parentId: null,
      version: 1,
      createdAt: '2026-11-24T09:00:00.000Z',
      updatedAt: '2026-11-24T09:00:00.000Z',
      deletedAt: null,
      data: { date: '2026-11-24', ratings: [{ lifeAreaId: AREA, score: 3, wantHelp: false }] },
    };
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${ALEX_API}/checkins?deleted=true`]: { status: 200, body: { items: [] } },
      ...progressReads(ALEX_API, {
        ratings: {
          status: 200,
          body: {
            lifeAreas: [{ id: AREA, name: 'Work and learning', deleted: false }],
            first: set,
            latest: set,
            sets: [set],
          },
        },
      }),
      [`GET ${ALEX_API}/life-area-ratings/${SET}/views`]: {
        status: 200,
        body: {
          itemVersion: 1,
          items: [
            {
              ...samView,
              part: AREA,
              author: { name: 'Priya', isYou: false, isOwner: false },
              text: 'I would say a 5: you did a lot this month',
            },
          ],
          youMay: { annotate: false, reply: true },
        },
      },
    });
    renderApp('/how-i-am-doing');
    const part = await screen.findByRole('region', { name: 'Views side by side' });
    await within(part).findByRole('heading', { level: 3, name: 'Work and learning' });
    expect(
      within(part)
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(['Your words', 'Priya’s view']);
    expect(within(part).getByText('Rated 3 out of 7')).toBeTruthy();
    expect(within(part).getByText('I would say a 5: you did a lot this month')).toBeTruthy();
  });
});
