import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ACCOUNT, fakeServer, SIGNED_IN } from '../../testing/fake-server.ts';
import { goalData } from '../../testing/record-items.ts';
import { findPage, renderApp } from '../../testing/render.tsx';
import { wholeText } from '../../testing/text.ts';

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
  data: goalData(title),
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
    expect(within(section).getByText(wholeText(/^Swim once a week \(deleted /))).toBeTruthy();
    const next = within(section).getByRole('button', { name: 'Bring back “Read a book a month”' });

    await user.click(
      within(section).getByRole('button', { name: 'Bring back “Swim once a week”' }),
    );
    expect(await screen.findByText(wholeText('Goal “Swim once a week” is back.'))).toBeTruthy();
    expect(server.sent('POST', `${BASE}/goals/goal-1/undelete`)[0]?.headers['If-Match']).toBe(
      'W/"3"',
    );
    expect(await screen.findByRole('link', { name: 'Swim once a week' })).toBeTruthy();
    await waitFor(() => expect(within(section).getAllByRole('listitem')).toHaveLength(1));
    expect(document.activeElement).toBe(next);
  });
});

describe('Goals that cannot be shown', () => {
  const unreadable = (id: string, code: string) => ({
    id,
    version: 4,
    updatedAt: '2026-11-26T10:30:00.000Z',
    deletedAt: null,
    code,
  });

  it('says a goal was left out, that nothing is deleted, and links to its history', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${BASE}/goals`]: {
        status: 200,
        body: {
          items: [{ ...read, deletedAt: null }],
          unreadable: [unreadable('goal-9', 'WM_RECORD_ITEM_TOO_NEW')],
        },
      },
      [`GET ${BASE}/goals?deleted=true`]: { status: 200, body: { items: [], unreadable: [] } },
      [`GET ${BASE}/life-areas`]: { status: 200, body: { items: [], unreadable: [] } },
    });
    renderApp('/goals');
    await findPage('My goals');

    expect(await screen.findByRole('link', { name: 'Read a book a month' })).toBeTruthy();
    expect(
      screen.getByText(
        '1 goal could not be shown. It was saved by a newer version of Waymark; nothing has been deleted. Try again in a few minutes. Earlier versions are in its history.',
      ),
    ).toBeTruthy();
    const history = screen.getByRole('link', { name: /^Earlier versions of the goal last saved/ });
    expect(history.getAttribute('href')).toBe('/goals/goal-9/history');
    expect(screen.queryByText(/You have not added any goals yet/)).toBeNull();
  });

  it('does not say there are no goals when every goal was left out', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${BASE}/goals`]: {
        status: 200,
        body: {
          items: [],
          unreadable: [
            unreadable('goal-8', 'WM_RECORD_ITEM_UNREADABLE'),
            unreadable('goal-9', 'WM_RECORD_ITEM_TOO_NEW'),
          ],
        },
      },
      [`GET ${BASE}/goals?deleted=true`]: { status: 200, body: { items: [], unreadable: [] } },
      [`GET ${BASE}/life-areas`]: { status: 200, body: { items: [], unreadable: [] } },
    });
    renderApp('/goals');
    await findPage('My goals');

    expect(
      await screen.findByText(
        '2 goals could not be shown. They were saved by a newer version of Waymark or are damaged. Nothing has been deleted. Earlier versions are in their histories.',
      ),
    ).toBeTruthy();
    expect(
      screen.getAllByRole('link', { name: /^Earlier versions of the goal last saved/ }),
    ).toHaveLength(2);
    expect(screen.queryByText(/You have not added any goals yet/)).toBeNull();
  });

  it('says a recently deleted goal was left out, in the recently deleted section', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${BASE}/goals`]: { status: 200, body: { items: [], unreadable: [] } },
      [`GET ${BASE}/goals?deleted=true`]: {
        status: 200,
        body: {
          items: [],
          unreadable: [
            { ...unreadable('goal-7', 'WM_RECORD_ITEM_UNREADABLE'), deletedAt: DELETED_AT },
          ],
        },
      },
      [`GET ${BASE}/life-areas`]: { status: 200, body: { items: [], unreadable: [] } },
    });
    renderApp('/goals');
    await findPage('My goals');

    const section = await screen.findByRole('region', { name: 'Recently deleted goals' });
    expect(
      within(section).getByText(
        '1 goal could not be shown. What was saved is damaged; nothing has been deleted. Earlier versions are in its history.',
      ),
    ).toBeTruthy();
    expect(
      within(section)
        .getByRole('link', { name: /^Earlier versions of the goal last saved/ })
        .getAttribute('href'),
    ).toBe('/goals/goal-7/history');
  });
});
