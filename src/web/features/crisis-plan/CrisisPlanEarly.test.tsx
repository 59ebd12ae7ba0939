import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeServer, SIGNED_IN } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';
import { BASE, crisisDoc, NETWORK } from '../plans/plans.test-data.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const PLAN = `${BASE}/crisis-plan`;

describe('The crisis plan asked for early', () => {
  it('asks for the session, the plan, the support network and the documents once each, before its own code has loaded', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${PLAN}`]: { status: 200, body: crisisDoc(2, { signs: 'I stop eating.' }) },
      [`GET ${BASE}/support-network`]: { status: 200, body: NETWORK },
      [`GET ${PLAN}/documents`]: { status: 200, body: { items: [] } },
    });
    window.history.replaceState(null, '', '/crisis-plan');
    // What main.tsx runs first: the session check, then the plan's three answers once it is known.
    await import('../../early-start.ts');
    await vi.waitFor(() => expect(server.sent('GET', `${PLAN}/documents`)).toHaveLength(1));

    renderApp('/crisis-plan');
    await findPage('My crisis plan');
    expect(await screen.findByText('I stop eating.')).toBeTruthy();
    expect(server.sent('GET', '/api/auth/session')).toHaveLength(1);
    expect(server.sent('GET', PLAN)).toHaveLength(1);
    expect(server.sent('GET', `${BASE}/support-network`)).toHaveLength(1);
    expect(server.sent('GET', `${PLAN}/documents`)).toHaveLength(1);
  });
});
