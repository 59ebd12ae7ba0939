import { cleanup, screen, within } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeServer, SIGNED_OUT } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function openSignUp() {
  renderApp('/sign-up');
  await findPage('Create your Waymark account');
}

describe('Sign up form', () => {
  it('shows the shared schema errors in a summary and beside each field, keeping what was typed', async () => {
    const server = fakeServer({ 'GET /api/auth/session': SIGNED_OUT });
    const user = userEvent.setup();
    await openSignUp();

    await user.type(screen.getByLabelText('Your name'), 'Alex');
    await user.type(screen.getByLabelText('Email address'), 'alex@example');
    await user.type(screen.getByLabelText('Password'), 'too short');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeTruthy();
    expect(document.activeElement).toBe(summary);
    const emailLink = within(summary).getByRole('link', {
      name: 'Enter an email address in the right format, like name@example.com',
    });
    expect(emailLink.getAttribute('href')).toBe('#email');
    const passwordLink = within(summary).getByRole('link', {
      name: 'This must be at least 12 characters',
    });
    expect(passwordLink.getAttribute('href')).toBe('#password');

    // The message is repeated beside the field and tied to it.
    const email = screen.getByLabelText('Email address') as HTMLInputElement;
    expect(email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = email.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toContain('right format');

    // Nothing typed is lost.
    expect(email.value).toBe('alex@example');
    expect((screen.getByLabelText('Your name') as HTMLInputElement).value).toBe('Alex');
    expect((screen.getByLabelText('Password') as HTMLInputElement).value).toBe('too short');

    // The form was not sent.
    expect(server.sent('POST', '/api/auth/sign-up')).toHaveLength(0);
  });

  it('moves focus into the field when a link in the error summary is followed', async () => {
    fakeServer({ 'GET /api/auth/session': SIGNED_OUT });
    const user = userEvent.setup();
    await openSignUp();

    await user.click(screen.getByRole('button', { name: 'Create account' }));
    const summary = await screen.findByRole('alert');
    await user.click(within(summary).getByRole('link', { name: 'Enter your name' }));

    expect(document.activeElement).toBe(screen.getByLabelText('Your name'));
  });

  it('shows an error from the server beside the field it names', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_OUT,
      'POST /api/auth/sign-up': {
        status: 409,
        body: {
          error: {
            code: 'WM_AUTH_EMAIL_TAKEN',
            message: 'An account with this email address already exists. Sign in instead.',
            field: 'email',
            fields: [
              {
                field: 'email',
                message: 'An account with this email address already exists. Sign in instead.',
              },
            ],
          },
        },
      },
    });
    const user = userEvent.setup();
    await openSignUp();

    await user.type(screen.getByLabelText('Your name'), 'Alex');
    await user.type(screen.getByLabelText('Email address'), 'alex@example.com');
    await user.type(screen.getByLabelText('Password'), 'four random words here');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    const summary = await screen.findByRole('alert');
    const link = within(summary).getByRole('link', { name: /already exists/ });
    expect(link.getAttribute('href')).toBe('#email');
    expect(server.sent('POST', '/api/auth/sign-up')[0]?.body).toEqual({
      displayName: 'Alex',
      email: 'alex@example.com',
      password: 'four random words here',
      // The language showing while signing up becomes the account's.
      language: 'en-GB',
    });
    expect((screen.getByLabelText('Password') as HTMLInputElement).value).toBe(
      'four random words here',
    );
  });
});
