import { cleanup, screen } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ACCOUNT,
  fakeServer,
  type Reply,
  SIGNED_IN,
  SIGNED_OUT,
} from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const home = {
  [`GET /api/people/${ACCOUNT.id}/about-me`]: {
    status: 200,
    body: { version: 0, updatedAt: null, data: {} },
  },
  [`GET /api/people/${ACCOUNT.id}/goals`]: { status: 200, body: { items: [] } },
};

describe('Signing out', () => {
  it.each<[string, Reply]>([
    ['the server ends the session', { status: 204 }],
    ['the session had already timed out', SIGNED_OUT],
  ])('shows Sign in with "You have signed out." when %s', async (_case, reply) => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      'POST /api/auth/sign-out': reply,
      ...home,
    });
    const user = userEvent.setup();
    renderApp('/');
    await findPage('My recovery');

    await user.click(screen.getByRole('button', { name: 'Sign out' }));

    await findPage('Sign in to Waymark');
    const status = await screen.findByText('You have signed out.');
    expect(status.closest('[role="status"]')).not.toBeNull();
    expect(server.sent('POST', '/api/auth/sign-out')[0]?.headers['X-CSRF-Token']).toBe(
      'csrf-token-1',
    );
    expect(screen.queryByRole('button', { name: 'Sign out' })).toBeNull();
  });

  it('sends a signed-out visitor to Sign in, then back to the page they asked for', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_OUT,
      'POST /api/auth/sign-in': SIGNED_IN,
      ...home,
    });
    const user = userEvent.setup();
    renderApp('/goals');
    await findPage('Sign in to Waymark');

    await user.type(screen.getByLabelText('Email address'), ACCOUNT.email);
    await user.type(screen.getByLabelText('Password'), 'four random words here');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await findPage('My goals');
  });
});
