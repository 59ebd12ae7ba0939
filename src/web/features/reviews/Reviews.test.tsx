// The review pages with a fake server (decision 0043): the meeting form refuses a fourth area and
// an action with nobody to do it before sending anything; the person's own review page adds an
// agreed action to their goals only when they say so, or leaves it out when it is not for them.
import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ACCOUNT, fakeServer, SIGNED_IN } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const BASE = `/api/people/${ACCOUNT.id}/reviews`;
const rated = (id: string, words: string, score: number) => ({ id, words, score, wantHelp: false });
const AREAS = [
  rated('a1000000-0000-4000-8000-000000000001', 'Home', 3),
  rated('a1000000-0000-4000-8000-000000000002', 'Work', 4),
  rated('a1000000-0000-4000-8000-000000000003', 'Friends', 5),
  rated('a1000000-0000-4000-8000-000000000004', 'Health', 2),
];
const REVIEW = {
  id: 'r1000000-0000-4000-8000-000000000001',
  version: 3,
  createdAt: '2026-11-20T10:00:00.000Z',
  updatedAt: '2026-11-25T10:00:00.000Z',
  ratedOn: '2026-11-20',
  lifeAreas: AREAS,
  myCare: [rated('medication', 'Medication', 4)],
  meetingOn: null,
  nextReviewOn: null,
  areas: [],
  last: {
    reviewId: 'r0',
    ratedOn: '2026-08-20',
    lifeAreas: [rated(AREAS[0]?.id as string, 'Home', 2)],
    myCare: [],
  },
  myCareToRate: [
    { id: 'medication', words: 'Medication' },
    { id: 'practical-help', words: 'Practical help' },
    { id: 'meetings-with-professionals', words: 'Meetings with professionals' },
  ],
};
const ACTION = {
  id: 'c1000000-0000-4000-8000-000000000001',
  what: 'Ask the GP about the morning dose',
  who: 'practitioner',
  someoneName: '',
  by: '2026-12-10',
  addedBy: 'priya',
  addedByRole: 'practitioner',
  addedByName: 'Priya',
  decision: 'waiting',
  decidedAt: null,
  goalId: null,
};
const AGREED = {
  ...REVIEW,
  areas: [
    {
      lifeAreaId: AREAS[0]?.id,
      words: 'Home',
      goingWell: 'Walking most days',
      hard: 'Mornings',
      bestCase: '',
      smallestStep: '',
      byPerson: '',
      byPractitioner: '',
      byOthers: '',
      actions: [ACTION],
    },
  ],
};
const decided = (decision: string) => ({
  ...AGREED,
  version: 4,
  areas: [{ ...AGREED.areas[0], actions: [{ ...ACTION, decision }] }],
});

describe('Review together', () => {
  it('shows the ratings beside the last review’s and refuses a fourth area, sending nothing', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${BASE}/${REVIEW.id}`]: { status: 200, body: REVIEW },
    });
    const user = userEvent.setup();
    renderApp(`/reviews/${REVIEW.id}/together`);
    await findPage('Review together');
    const table = await screen.findByRole('table', { name: 'My life' });
    const home = within(table).getByRole('row', { name: /^Home/ });
    expect(within(home).getByText('Up')).toBeTruthy();
    for (const area of AREAS) await user.click(screen.getByRole('checkbox', { name: area.words }));
    await user.click(screen.getByRole('button', { name: 'Save the review' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'Choose up to 3 areas to talk about' }),
    ).toBeTruthy();
    expect(server.sent('PUT', `${BASE}/${REVIEW.id}/meeting`)).toHaveLength(0);
  });

  it('needs someone to do each action, then saves with the version it read', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${BASE}/${REVIEW.id}`]: { status: 200, body: REVIEW },
      [`PUT ${BASE}/${REVIEW.id}/meeting`]: { status: 200, body: AGREED },
    });
    const user = userEvent.setup();
    renderApp(`/reviews/${REVIEW.id}/together`);
    await findPage('Review together');
    await user.click(await screen.findByRole('checkbox', { name: 'Home' }));
    await user.type(screen.getByLabelText('What is going well?'), 'Walking most days');
    await user.click(screen.getByRole('button', { name: 'Add an action' }));
    await user.type(screen.getByLabelText('What will be done?'), ACTION.what);
    const by = screen.getByRole('group', { name: 'By when?' });
    await user.type(within(by).getByLabelText('Day'), '10');
    await user.type(within(by).getByLabelText('Month'), '12');
    await user.type(within(by).getByLabelText('Year'), '2026');
    await user.click(screen.getByRole('button', { name: 'Save the review' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Choose who will do this' })).toBeTruthy();
    expect(server.sent('PUT', `${BASE}/${REVIEW.id}/meeting`)).toHaveLength(0);

    await user.click(screen.getByRole('radio', { name: 'The practitioner' }));
    await user.click(screen.getByRole('button', { name: 'Save the review' }));
    await waitFor(() => expect(server.sent('PUT', `${BASE}/${REVIEW.id}/meeting`)).toHaveLength(1));
    const [sent] = server.sent('PUT', `${BASE}/${REVIEW.id}/meeting`);
    expect(sent?.headers['If-Match']).toBe('W/"3"');
    expect(sent?.body).toMatchObject({
      areas: [
        {
          lifeAreaId: AREAS[0]?.id,
          goingWell: 'Walking most days',
          actions: [{ what: ACTION.what, who: 'practitioner', by: '2026-12-10' }],
        },
      ],
    });
  });
});

describe('The person’s own review', () => {
  it('adds an agreed action to the goals only when the person says so', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${BASE}/${REVIEW.id}`]: { status: 200, body: AGREED },
      [`GET ${BASE}/${REVIEW.id}/history`]: { status: 200, body: { revisions: [] } },
      [`GET /api/people/${ACCOUNT.id}/goals`]: { status: 200, body: { items: [] } },
      [`POST ${BASE}/${REVIEW.id}/actions/${ACTION.id}/confirm`]: {
        status: 200,
        body: decided('confirmed'),
      },
    });
    const user = userEvent.setup();
    renderApp(`/reviews/${REVIEW.id}`);
    await findPage(/^Review started /);
    await screen.findByText('Added by Priya.', { exact: false });
    expect(screen.getByText('Nothing is added to your goals until you say so.')).toBeTruthy();
    expect(server.sent('POST', `${BASE}/${REVIEW.id}/actions/${ACTION.id}/confirm`)).toHaveLength(
      0,
    );
    const goal = screen.getByLabelText('Which goal should this be a step of?') as HTMLSelectElement;
    expect(goal.value).toBe('');
    expect(within(goal).getByRole('option', { name: 'A new goal: Home' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Add to my goals' }));
    await screen.findByText('Added to your goals.');
    const [sent] = server.sent('POST', `${BASE}/${REVIEW.id}/actions/${ACTION.id}/confirm`);
    expect(sent?.body).toEqual({ goalId: null });
    expect(sent?.headers['If-Match']).toBe('W/"3"');
    expect(screen.getByText(/Added to goals/)).toBeTruthy();
  });

  it('leaves an action out of the goals when it is not for them', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${BASE}/${REVIEW.id}`]: { status: 200, body: AGREED },
      [`GET ${BASE}/${REVIEW.id}/history`]: { status: 200, body: { revisions: [] } },
      [`GET /api/people/${ACCOUNT.id}/goals`]: { status: 200, body: { items: [] } },
      [`POST ${BASE}/${REVIEW.id}/actions/${ACTION.id}/decline`]: {
        status: 200,
        body: decided('declined'),
      },
    });
    const user = userEvent.setup();
    renderApp(`/reviews/${REVIEW.id}`);
    await findPage(/^Review started /);
    await user.click(await screen.findByRole('button', { name: 'Not for me' }));
    await screen.findByText('You chose not to take this up.');
    expect(server.sent('POST', `${BASE}/${REVIEW.id}/actions/${ACTION.id}/decline`)).toHaveLength(
      1,
    );
    expect(server.sent('POST', `${BASE}/${REVIEW.id}/actions/${ACTION.id}/confirm`)).toHaveLength(
      0,
    );
    expect(screen.getByText(/Not taken up/)).toBeTruthy();
  });
});
