import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_CRISIS_PLAN } from '../../../domain/record/plans.schema.ts';
import { ACCOUNT, fakeServer, SIGNED_IN } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const BASE = `/api/people/${ACCOUNT.id}`;

describe('Home when About me and a goal cannot be read', () => {
  it('still opens, says why, and points to the earlier versions', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${BASE}/about-me`]: {
        status: 409,
        body: { error: { code: 'WM_RECORD_ITEM_UNREADABLE', message: 'Unreadable' } },
      },
      [`GET ${BASE}/goals`]: {
        status: 200,
        body: {
          items: [],
          unreadable: [
            {
              id: 'goal-9',
              version: 2,
              updatedAt: '2026-11-26T10:30:00.000Z',
              deletedAt: null,
              code: 'WM_RECORD_ITEM_TOO_NEW',
            },
          ],
        },
      },
    });
    renderApp('/');
    await findPage('My recovery');

    expect(
      await screen.findByText(/^Waymark cannot read what was saved here\. Nothing was changed\./),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'See earlier versions' }).getAttribute('href')).toBe(
      '/about-me/history',
    );
    expect(screen.getByText(/^1 goal could not be shown\./)).toBeTruthy();
    expect(
      screen
        .getByRole('link', { name: /^Earlier versions of the goal last saved/ })
        .getAttribute('href'),
    ).toBe('/goals/goal-9/history');
    expect(screen.queryByText(/You have not added any goals yet/)).toBeNull();
  });
});

describe('Home asked for early', () => {
  it('asks for the session, About me, the goals and the crisis plan once each, before its own code has loaded', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${BASE}/about-me`]: {
        status: 200,
        body: {
          version: 1,
          updatedAt: '2026-11-26T10:30:00.000Z',
          data: {
            strengths: 'I keep going.',
            values: '',
            whatMatters: '',
            identity: '',
            culture: '',
            whenWell: '',
            howToSupportMe: '',
          },
        },
      },
      [`GET ${BASE}/goals`]: { status: 200, body: { items: [], unreadable: [] } },
      [`GET ${BASE}/crisis-plan`]: {
        status: 200,
        body: { version: 0, updatedAt: null, data: EMPTY_CRISIS_PLAN },
      },
    });
    window.history.replaceState(null, '', '/');
    // What main.tsx runs first: the session check, then Home's three answers once it is known.
    await import('../../early-start.ts');
    await vi.waitFor(() => expect(server.sent('GET', `${BASE}/crisis-plan`)).toHaveLength(1));

    renderApp('/');
    await findPage('My recovery');
    expect(await screen.findByText('I keep going.')).toBeTruthy();
    expect(server.sent('GET', '/api/auth/session')).toHaveLength(1);
    expect(server.sent('GET', `${BASE}/about-me`)).toHaveLength(1);
    expect(server.sent('GET', `${BASE}/goals`)).toHaveLength(1);
    expect(server.sent('GET', `${BASE}/crisis-plan`)).toHaveLength(1);
  });
});
