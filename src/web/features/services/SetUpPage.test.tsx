import { cleanup, screen } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeServer, SIGNED_IN_ADMIN, SIGNED_OUT } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const SET_UP = SIGNED_IN_ADMIN;
const MY_SERVICE = {
  status: 200,
  body: { id: 'service-1', name: 'Riverside Recovery Team', role: 'service_admin' },
};
const LINK_GONE = {
  status: 404,
  body: {
    error: {
      code: 'WM_SET_UP_LINK_INVALID',
      message: 'This link does not work.',
    },
  },
};

describe('Setting up a service admin’s account', () => {
  it('chooses a password, signs in and lands on the service’s page', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_OUT,
      'POST /api/set-up': SET_UP,
      'GET /api/my-service': MY_SERVICE,
    });
    const { history } = renderApp('/set-up/tok-1');
    await findPage('Set up your account');
    await userEvent.type(screen.getByLabelText('Password'), 'a long enough password');
    await userEvent.click(screen.getByRole('button', { name: 'Set up my account' }));
    await findPage('Your service');
    expect(server.sent('POST', '/api/set-up')[0]?.body).toEqual({
      token: 'tok-1',
      password: 'a long enough password',
    });
    expect(history.at(-1)).toBe('/');
    expect(await screen.findByText('Riverside Recovery Team')).toBeTruthy();
    expect(screen.getByText('As a service admin, you cannot see anyone’s record.')).toBeTruthy();
    expect(screen.getByText('Your account is set up.')).toBeTruthy();
  });

  it('says what is wrong with a short password on the field and in the summary, sending nothing', async () => {
    const server = fakeServer({ 'GET /api/auth/session': SIGNED_OUT });
    renderApp('/set-up/tok-1');
    await findPage('Set up your account');
    await userEvent.type(screen.getByLabelText('Password'), 'short');
    await userEvent.click(screen.getByRole('button', { name: 'Set up my account' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('There is a problem');
    const link = screen.getByRole('link', { name: /at least 12/i });
    expect(link.getAttribute('href')).toBe('#password');
    expect(screen.getByLabelText('Password').getAttribute('aria-invalid')).toBe('true');
    expect(server.sent('POST', '/api/set-up')).toEqual([]);
  });

  it('says plainly when the link does not work, with a way to sign in', async () => {
    fakeServer({ 'GET /api/auth/session': SIGNED_OUT, 'POST /api/set-up': LINK_GONE });
    renderApp('/set-up/used-token');
    await findPage('Set up your account');
    await userEvent.type(screen.getByLabelText('Password'), 'a long enough password');
    await userEvent.click(screen.getByRole('button', { name: 'Set up my account' }));
    await findPage('This link does not work');
    expect(screen.getByText(/more than 7 days old/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Already set up? Sign in' })).toBeTruthy();
  });
});
