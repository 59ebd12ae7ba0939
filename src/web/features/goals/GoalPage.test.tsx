import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Goal } from '../../../domain/record/record.schema.ts';
import { ACCOUNT, type Call, fakeServer, SIGNED_IN } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const GOAL_ID = '5b0e7d1c-3f1a-4c39-9d7e-2a1b3c4d5e6f';
const BASE = `/api/people/${ACCOUNT.id}`;
const goal = (version: number, data: Partial<Goal> = {}) => ({
  id: GOAL_ID,
  kind: 'goal',
  parentId: null,
  version,
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
    steps: [
      { id: 's1', text: 'Find my costume', done: false },
      { id: 's2', text: 'Check when the pool is quiet', done: false },
      { id: 's3', text: 'Go on Tuesday', done: false },
    ],
    ...data,
  },
});

describe('Goal page steps', () => {
  it('moves a step down with a button and keeps focus on that step', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${BASE}/goals/${GOAL_ID}`]: { status: 200, body: goal(1) },
      [`GET ${BASE}/life-areas`]: { status: 200, body: { items: [] } },
      [`GET ${BASE}/goals/${GOAL_ID}/notes`]: { status: 200, body: { items: [] } },
      [`PUT ${BASE}/goals/${GOAL_ID}`]: (call: Call) => ({
        status: 200,
        body: goal(2, call.body as Goal),
      }),
    });
    const user = userEvent.setup();
    renderApp(`/goals/${GOAL_ID}`);
    await findPage('Swim once a week');

    const steps = await screen.findByRole('list', { name: 'Steps' });
    expect(
      within(steps)
        .getAllByRole('checkbox')
        .map((box) => box.id),
    ).toEqual(['step-s1', 'step-s2', 'step-s3']);
    // The first step cannot move up, the last cannot move down.
    expect(screen.queryByRole('button', { name: /Move up step “Find my costume”/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Move down step “Find my costume”' }));

    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('button', { name: 'Move down step “Find my costume”' }),
      ),
    );
    // The step moves at once; it is saved once the goal's shared schema has checked it.
    await waitFor(() => expect(server.sent('PUT', `${BASE}/goals/${GOAL_ID}`)).toHaveLength(1));
    const [put] = server.sent('PUT', `${BASE}/goals/${GOAL_ID}`);
    if (!put) throw new Error('The steps were not saved');
    expect(put.headers['If-Match']).toBe('W/"1"');
    expect((put.body as Goal).steps.map((step) => step.id)).toEqual(['s2', 's1', 's3']);
    expect(screen.getAllByRole('checkbox').map((box) => box.id)).toEqual([
      'step-s2',
      'step-s1',
      'step-s3',
    ]);
    expect(await screen.findByText(/^Saved at \d\d:\d\d$/)).toBeTruthy();
  });

  it('does not lose a new step when it cannot be saved', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${BASE}/goals/${GOAL_ID}`]: { status: 200, body: goal(1, { steps: [] }) },
      [`GET ${BASE}/life-areas`]: { status: 200, body: { items: [] } },
      [`GET ${BASE}/goals/${GOAL_ID}/notes`]: { status: 200, body: { items: [] } },
      [`GET ${BASE}/goals/${GOAL_ID}/comments`]: {
        status: 200,
        body: { items: [], youMay: { comment: true, hide: true } },
      },
      [`PUT ${BASE}/goals/${GOAL_ID}`]: {
        status: 503,
        body: { error: { code: 'WM_INTERNAL', message: 'Down' } },
      },
    });
    const user = userEvent.setup();
    renderApp(`/goals/${GOAL_ID}`);
    expect(await screen.findByText(/No steps yet/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Add a step' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter the step' }).getAttribute('href')).toBe(
      '#new-step',
    );

    await user.type(screen.getByLabelText('New step'), 'Buy goggles');
    await user.click(screen.getByRole('button', { name: 'Add a step' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('our side'));
    expect((screen.getByLabelText('New step') as HTMLInputElement).value).toBe('Buy goggles');
  });
});

describe('Steps added in two tabs', () => {
  it('keeps the step another tab added meanwhile and adds this one after it, without asking', async () => {
    const first = { id: 's1', text: 'Find my costume', done: false };
    const theirs = { id: 'step-from-phone', text: 'Ask Sam to come', done: false };
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${BASE}/goals/${GOAL_ID}`]: { status: 200, body: goal(1, { steps: [first] }) },
      [`GET ${BASE}/life-areas`]: { status: 200, body: { items: [] } },
      [`GET ${BASE}/goals/${GOAL_ID}/notes`]: { status: 200, body: { items: [] } },
      // The first save meets the step added on the phone; the second is the merged goal.
      [`PUT ${BASE}/goals/${GOAL_ID}`]: (call: Call) =>
        call.headers['If-Match'] === 'W/"1"'
          ? {
              status: 412,
              body: {
                error: { code: 'WM_VERSION_CONFLICT', message: 'Changed.' },
                current: goal(2, { steps: [first, theirs] }),
              },
            }
          : { status: 200, body: goal(3, call.body as Goal) },
    });
    const user = userEvent.setup();
    renderApp(`/goals/${GOAL_ID}`);
    await screen.findByText('Find my costume');
    await user.type(screen.getByLabelText('New step'), 'Buy goggles');
    await user.click(screen.getByRole('button', { name: 'Add a step' }));

    await screen.findByText(/Their changes and yours are both kept/);
    const puts = server.sent('PUT', `${BASE}/goals/${GOAL_ID}`);
    expect(puts[1]?.headers['If-Match']).toBe('W/"2"');
    const sent = (puts[1]?.body as Goal | undefined)?.steps.map((step) => step.text);
    expect(sent).toEqual(['Find my costume', 'Ask Sam to come', 'Buy goggles']);
    const shown = within(screen.getByRole('list', { name: 'Steps' })).getAllByRole('checkbox');
    expect(shown).toHaveLength(3);
    expect(screen.queryByRole('region', { name: 'This changed somewhere else' })).toBeNull();
  });
});

describe('A goal this server cannot read', () => {
  const refusal = (status: number, code: string) => ({
    [`GET ${BASE}/goals/${GOAL_ID}`]: { status, body: { error: { code, message: 'Refused' } } },
    [`GET ${BASE}/life-areas`]: { status: 200, body: { items: [], unreadable: [] } },
  });

  it('says damaged words cannot be read and offers its earlier versions', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      ...refusal(409, 'WM_RECORD_ITEM_UNREADABLE'),
    });
    renderApp(`/goals/${GOAL_ID}`);
    await findPage('Goal');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'Waymark cannot read what was saved here. Nothing was changed.',
    );
    expect(alert.textContent).not.toContain('Check your connection');
    expect(
      within(alert).getByRole('link', { name: 'See earlier versions' }).getAttribute('href'),
    ).toBe(`/goals/${GOAL_ID}/history`);
    expect(screen.getByRole('link', { name: 'Crisis plan' }).getAttribute('href')).toBe(
      '/crisis-plan',
    );
  });

  it('says a goal saved by a newer Waymark cannot open yet, and lets the person try again', async () => {
    fakeServer({ 'GET /api/auth/session': SIGNED_IN, ...refusal(503, 'WM_RECORD_ITEM_TOO_NEW') });
    renderApp(`/goals/${GOAL_ID}`);
    await findPage('Goal');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'This was saved by a newer version of Waymark, so it cannot be opened here yet.',
    );
    expect(alert.textContent).not.toContain('Check your connection');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Crisis plan' }).getAttribute('href')).toBe(
      '/crisis-plan',
    );
  });
});

describe('Progress notes this server cannot read', () => {
  it('shows the readable notes and says one was left out', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${BASE}/goals/${GOAL_ID}`]: { status: 200, body: goal(1) },
      [`GET ${BASE}/life-areas`]: { status: 200, body: { items: [], unreadable: [] } },
      [`GET ${BASE}/goals/${GOAL_ID}/notes`]: {
        status: 200,
        body: {
          items: [
            {
              id: 'note-1',
              kind: 'goal_note',
              parentId: GOAL_ID,
              version: 1,
              createdAt: '2026-11-21T09:00:00.000Z',
              updatedAt: '2026-11-21T09:00:00.000Z',
              deletedAt: null,
              data: { date: '2026-11-21', text: 'Went to the pool.' },
            },
          ],
          unreadable: [
            {
              id: 'note-2',
              version: 1,
              updatedAt: '2026-11-22T09:00:00.000Z',
              deletedAt: null,
              code: 'WM_RECORD_ITEM_TOO_NEW',
            },
          ],
        },
      },
    });
    renderApp(`/goals/${GOAL_ID}`);
    await findPage('Swim once a week');

    const notes = await screen.findByRole('region', { name: 'Progress notes' });
    expect(await within(notes).findByText('Went to the pool.')).toBeTruthy();
    expect(
      within(notes).getByText(
        '1 note could not be shown. It was saved by a newer version of Waymark; nothing has been deleted. Try again in a few minutes.',
      ),
    ).toBeTruthy();
  });
});
