import { cleanup, screen } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ACCOUNT, fakeServer, SIGNED_IN } from '../../testing/fake-server.ts';
import { goalData } from '../../testing/record-items.ts';
import { findPage, renderApp } from '../../testing/render.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const GOAL_ID = 'goal-1';
const PATH = `/api/people/${ACCOUNT.id}/goals/${GOAL_ID}`;
const revision = (version: number, title: string) => ({
  version,
  action: version === 1 ? 'create' : 'update',
  data: goalData(title),
  createdAt: '2026-11-25T10:00:00.000Z',
  authoredBy: ACCOUNT.id,
  authoredRole: 'person',
  agreedBy: null,
  agreedAt: null,
});

describe('History with a version this server cannot read', () => {
  it('names the version left out and brings back an earlier one over it', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${PATH}/history`]: {
        status: 200,
        body: {
          revisions: [revision(2, 'Swim twice a week'), revision(1, 'Swim once a week')],
          unreadable: [
            {
              version: 3,
              action: 'update',
              createdAt: '2026-11-26T10:30:00.000Z',
              code: 'WM_RECORD_ITEM_UNREADABLE',
            },
          ],
        },
      },
      [`GET /api/people/${ACCOUNT.id}/life-areas`]: {
        status: 200,
        body: { items: [], unreadable: [] },
      },
      [`POST ${PATH}/history/restore`]: { status: 200, body: {} },
    });
    const user = userEvent.setup();
    renderApp(`/goals/${GOAL_ID}/history`);
    await findPage('Earlier versions of “Swim twice a week”');

    expect(
      await screen.findByText(
        '1 version could not be shown. What was saved is damaged; nothing has been deleted. You can still bring back any version shown below.',
      ),
    ).toBeTruthy();
    expect(screen.getByText(/^Version 3, saved /)).toBeTruthy();
    // Version 2 is not the current one: the damaged version 3 is, so 2 can be brought back.
    expect(screen.queryByText('This is the current version')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Bring back version 2' }));
    expect(
      await screen.findByText('Version 2 is back. It was saved as a new version.'),
    ).toBeTruthy();
    const [post] = server.sent('POST', `${PATH}/history/restore`);
    expect(post?.body).toEqual({ version: 2 });
    expect(post?.headers['If-Match']).toBe('W/"3"');
  });

  it('does not say nothing was saved when every version was left out', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET /api/people/${ACCOUNT.id}/about-me/history`]: {
        status: 200,
        body: {
          revisions: [],
          unreadable: [
            {
              version: 1,
              action: 'create',
              createdAt: '2026-11-26T10:30:00.000Z',
              code: 'WM_RECORD_ITEM_TOO_NEW',
            },
          ],
        },
      },
    });
    renderApp('/about-me/history');
    await findPage('Earlier versions of About me');

    expect(
      await screen.findByText(
        /^1 version could not be shown\. It was saved by a newer version of Waymark/,
      ),
    ).toBeTruthy();
    expect(screen.queryByText('Nothing has been saved yet.')).toBeNull();
  });
});
