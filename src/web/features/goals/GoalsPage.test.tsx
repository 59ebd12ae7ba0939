import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ACCOUNT, fakeServer, SIGNED_IN } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const BASE = `/api/people/${ACCOUNT.id}`;
const goal = (id: string, title: string, version: number, deletedAt: string | null) => ({
  id,
  kind: 'goal',
  parentId: null,
  version,
  createdAt: '2026-11-20T09:00:00.000Z',
  updatedAt: '2026-11-25T14:02:00.000Z',
  deletedAt,
  data: {
    title,
    why: '',
    lifeAreaId: null,
    whoHelps: '',
    targetDate: null,
    status: 'in_progress',
    steps: [],
  },
});
const DELETED_AT = '2026-11-25T14:02:00.000Z';
const swim = goal('goal-1', 'Swim once a week', 3, DELETED_AT);
const read = goal('goal-2', 'Read a book a month', 2, DELETED_AT);

describe('Recently deleted goals', () => {
  it('brings a goal back with its deleted version and keeps the keyboard on the next one', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${BASE}/goals`]: [
        { status: 200, body: { items: [] } },
        { status: 200, body: { items: [{ ...swim, version: 4, deletedAt: null }] } },
      ],
      [`GET ${BASE}/goals?deleted=true`]: [
        { status: 200, body: { items: [swim, read] } },
        { status: 200, body: { items: [read] } },
      ],
      [`GET ${BASE}/life-areas`]: { status: 200, body: { items: [] } },
      [`POST ${BASE}/goals/goal-1/undelete`]: {
        status: 200,
        body: { ...swim, version: 4, deletedAt: null },
      },
    });
    const user = userEvent.setup();
    renderApp('/goals');
    await findPage('My goals');
    const section = await screen.findByRole('region', { name: 'Recently deleted goals' });
    expect(within(section).getByText('Swim once a week')).toBeTruthy();
    const next = within(section).getByRole('button', { name: 'Bring back “Read a book a month”' });

    await user.click(
      within(section).getByRole('button', { name: 'Bring back “Swim once a week”' }),
    );
    expect(await screen.findByText('Goal “Swim once a week” is back.')).toBeTruthy();
    expect(server.sent('POST', `${BASE}/goals/goal-1/undelete`)[0]?.headers['If-Match']).toBe(
      'W/"3"',
    );
    expect(await screen.findByRole('link', { name: 'Swim once a week' })).toBeTruthy();
    await waitFor(() => expect(within(section).getAllByRole('listitem')).toHaveLength(1));
    expect(document.activeElement).toBe(next);
  });
});
