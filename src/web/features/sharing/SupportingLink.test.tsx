// Someone who keeps their own record and also supports someone finds the people they support
// from their Home; someone who supports nobody sees nothing about it there.
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ACCOUNT, fakeServer, type Reply, SIGNED_IN } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';
import { wholeText } from '../../testing/text.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const BASE = `/api/people/${ACCOUNT.id}`;
const ownHome: Record<string, Reply> = {
  'GET /api/auth/session': SIGNED_IN,
  [`GET ${BASE}/about-me`]: { status: 200, body: { version: 0, updatedAt: null, data: {} } },
  [`GET ${BASE}/goals`]: { status: 200, body: { items: [] } },
};

describe('Home for a person who also supports someone', () => {
  it('links to People I support, naming who shared with them', async () => {
    fakeServer({
      ...ownHome,
      'GET /api/shared-with-me': {
        status: 200,
        body: [
          { personId: 'person-alex', name: 'Alex', role: 'friend', sections: { goals: 'view' } },
        ],
      },
    });
    renderApp('/');
    await findPage('My recovery');

    const link = await screen.findByRole('link', { name: 'Go to People I support' });
    expect(link.getAttribute('href')).toBe('/people');
    expect(screen.getByText(wholeText(/You also support Alex\./))).toBeTruthy();
  });

  it('shows nothing about supporting when nobody has shared with them', async () => {
    const server = fakeServer({
      ...ownHome,
      'GET /api/shared-with-me': { status: 200, body: [] },
    });
    renderApp('/');
    await findPage('My recovery');
    await vi.waitFor(() =>
      expect(server.calls.some((call) => call.path === '/api/shared-with-me')).toBe(true),
    );
    await screen.findByRole('heading', { name: 'My record' });
    expect(screen.queryByRole('link', { name: 'Go to People I support' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'People I support' })).toBeNull();
  });
});
