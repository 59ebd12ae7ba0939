// Closing an account from Settings: the page says what is erased and what stays, needs the
// password and the tick (saying what is missing, sending nothing), and once closed this device
// forgets the account and Sign in says it is closed.
import { cleanup, screen } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeServer, SIGNED_IN } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const WRONG_PASSWORD = {
  status: 400,
  body: {
    error: {
      code: 'WM_AUTH_WRONG_PASSWORD',
      message: 'That is not your password.',
      fields: [
        {
          field: 'currentPassword',
          code: 'error.WM_AUTH_WRONG_PASSWORD',
          message: 'That is not your password.',
        },
      ],
    },
  },
};

describe('Closing my account', () => {
  it('needs the password and the tick, saying which is missing and sending nothing', async () => {
    const server = fakeServer({ 'GET /api/auth/session': SIGNED_IN });
    renderApp('/settings/close-account');
    await findPage('Close your account');
    expect(screen.getByRole('heading', { name: 'What is erased' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'What stays' })).toBeTruthy();
    await userEvent.click(
      screen.getByRole('button', { name: 'Close my account and erase my record' }),
    );
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Tick the box');
    expect(screen.getByLabelText('Your password').getAttribute('aria-invalid')).toBe('true');
    expect(server.sent('POST', '/api/account/close')).toEqual([]);
  });

  it('says so on the password field when it is wrong', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      'POST /api/account/close': WRONG_PASSWORD,
    });
    renderApp('/settings/close-account');
    await findPage('Close your account');
    await userEvent.type(screen.getByLabelText('Your password'), 'not my password');
    await userEvent.click(screen.getByLabelText(/I understand that my record will be erased/));
    await userEvent.click(
      screen.getByRole('button', { name: 'Close my account and erase my record' }),
    );
    expect((await screen.findByRole('alert')).textContent).toContain('not your current password');
    expect(screen.getByLabelText('Your password').getAttribute('aria-invalid')).toBe('true');
  });

  it('closes it, forgets this device, and says so on Sign in', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      'POST /api/account/close': { status: 204 },
      'POST /api/auth/sign-out': { status: 204 },
    });
    const { history } = renderApp('/settings/close-account');
    await findPage('Close your account');
    await userEvent.type(screen.getByLabelText('Your password'), 'a long enough password');
    await userEvent.click(screen.getByLabelText(/I understand that my record will be erased/));
    await userEvent.click(
      screen.getByRole('button', { name: 'Close my account and erase my record' }),
    );
    await findPage('Sign in to Waymark');
    expect(history.at(-1)).toBe('/sign-in');
    expect(server.sent('POST', '/api/account/close')[0]?.body).toEqual({
      currentPassword: 'a long enough password',
      understood: true,
    });
    expect(
      await screen.findByText('Your account is closed and your record is erased.'),
    ).toBeTruthy();
  });
});
