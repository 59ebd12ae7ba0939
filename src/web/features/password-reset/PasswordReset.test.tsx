import { cleanup, screen } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeServer, SIGNED_OUT } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const ASKED = { status: 202, body: { ok: true } };
const LINK_GONE = {
  status: 400,
  body: { error: { code: 'WM_RESET_LINK_INVALID', message: 'This link does not work.' } },
};

describe('A forgotten password', () => {
  it('is reached from sign-in, and says to look for a link whatever the email', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_OUT,
      'POST /api/auth/password-reset': ASKED,
    });
    renderApp('/sign-in');
    await findPage('Sign in to Waymark');
    await userEvent.click(screen.getByRole('link', { name: 'Forgotten your password?' }));
    await findPage('Forgotten your password');
    await userEvent.type(screen.getByLabelText('Email address'), 'Sam@Example.org');
    await userEvent.click(screen.getByRole('button', { name: 'Send me a link' }));
    await findPage('Check your email');
    expect(server.sent('POST', '/api/auth/password-reset')[0]?.body).toEqual({
      email: 'sam@example.org',
    });
    expect(screen.getByText(/If sam@example.org belongs to a Waymark account/)).toBeTruthy();
    expect(screen.getByText(/works once, for 60 minutes/)).toBeTruthy();
  });

  it('says what is wrong with an email that is not one, sending nothing', async () => {
    const server = fakeServer({ 'GET /api/auth/session': SIGNED_OUT });
    renderApp('/forgot-password');
    await findPage('Forgotten your password');
    await userEvent.type(screen.getByLabelText('Email address'), 'not an email');
    await userEvent.click(screen.getByRole('button', { name: 'Send me a link' }));
    expect((await screen.findByRole('alert')).textContent).toContain('There is a problem');
    expect(screen.getByLabelText('Email address').getAttribute('aria-invalid')).toBe('true');
    expect(server.sent('POST', '/api/auth/password-reset')).toEqual([]);
  });

  it('chooses a new password through the link, then goes to sign in', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_OUT,
      'POST /api/auth/password-reset/complete': { status: 200, body: { ok: true } },
    });
    const { history } = renderApp('/reset-password/tok-1');
    await findPage('Choose a new password');
    await userEvent.type(screen.getByLabelText('Password'), 'my brand new password');
    await userEvent.click(screen.getByRole('button', { name: 'Save my new password' }));
    await findPage('Sign in to Waymark');
    expect(history.at(-1)).toBe('/sign-in');
    expect(server.sent('POST', '/api/auth/password-reset/complete')[0]?.body).toEqual({
      token: 'tok-1',
      password: 'my brand new password',
    });
    expect(await screen.findByText('Your new password is saved. Sign in with it.')).toBeTruthy();
  });

  it('says plainly when the link was used or is too old, and offers a new one', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_OUT,
      'POST /api/auth/password-reset/complete': LINK_GONE,
    });
    renderApp('/reset-password/tok-1');
    await findPage('Choose a new password');
    await userEvent.type(screen.getByLabelText('Password'), 'my brand new password');
    await userEvent.click(screen.getByRole('button', { name: 'Save my new password' }));
    await findPage('This link does not work');
    const again = screen.getByRole('link', { name: 'Ask for a new link' });
    expect(again.getAttribute('href')).toBe('/forgot-password');
  });
});
