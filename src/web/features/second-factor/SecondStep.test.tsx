// Signing in with two-step sign-in on (decision 0039): after the right password the page asks
// for the 6-digit code from the app (a box phones fill from the app, with a number keyboard),
// says a wrong code beside the box and in the summary, takes a recovery code instead, and goes
// back to the password if the sign-in took too long.
import { cleanup, screen, within } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ACCOUNT, fakeServer, SIGNED_IN, SIGNED_OUT } from '../../testing/fake-server.ts';
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
const CODE_NEEDED = {
  status: 200,
  body: { secondFactorRequired: true, app: true, passkey: false },
};
const fieldError = (code: string, field: string, message: string) => ({
  status: 400,
  body: { error: { code, message, field, fields: [{ field, message }] } },
});

async function passwordStep() {
  const user = userEvent.setup();
  renderApp('/goals');
  await findPage('Sign in to Waymark');
  await user.type(screen.getByLabelText('Email address'), ACCOUNT.email);
  await user.type(screen.getByLabelText('Password'), 'four random words here');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  return user;
}

describe('Signing in with two-step sign-in', () => {
  it('asks for the code from the app after the password, then goes where the person was going', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_OUT,
      'POST /api/auth/sign-in': CODE_NEEDED,
      'POST /api/auth/second-factor': [
        fieldError(
          'WM_SECOND_FACTOR_WRONG_CODE',
          'code',
          'This code is not right. Check the code your app shows now and try again.',
        ),
        SIGNED_IN,
      ],
      ...home,
    });
    const user = await passwordStep();
    await findPage('Enter the code from your app');
    const code = screen.getByLabelText('Code') as HTMLInputElement;
    expect(code.autocomplete).toBe('one-time-code');
    expect(code.inputMode).toBe('numeric');

    // The shared schema first: not 6 digits is said without asking the server.
    await user.type(code, '12a');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    let summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getByRole('link').getAttribute('href')).toBe('#code');
    expect(server.sent('POST', '/api/auth/second-factor')).toHaveLength(0);

    await user.clear(code);
    await user.type(code, '123 456');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getByRole('link', { name: /This code is not right/ })).toBeTruthy();
    expect(code.getAttribute('aria-invalid')).toBe('true');

    await user.clear(code);
    await user.type(code, '654321');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await findPage('My goals');
    expect(server.sent('POST', '/api/auth/second-factor').map((call) => call.body)).toEqual([
      { code: '123 456' },
      { code: '654321' },
    ]);
  });

  it('takes a recovery code instead when the app cannot be used', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_OUT,
      'POST /api/auth/sign-in': CODE_NEEDED,
      'POST /api/auth/second-factor': SIGNED_IN,
      ...home,
    });
    const user = await passwordStep();
    await findPage('Enter the code from your app');
    await user.click(
      screen.getByRole('button', { name: 'I cannot use my app: use a recovery code' }),
    );
    await findPage('Enter a recovery code');
    await user.type(screen.getByLabelText('Recovery code'), 'ab2c-de3f-gh4j-km5n');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await findPage('My goals');
    expect(server.sent('POST', '/api/auth/second-factor').map((call) => call.body)).toEqual([
      { recoveryCode: 'ab2c-de3f-gh4j-km5n' },
    ]);
  });

  it('goes back to the password, saying why, when the sign-in took too long', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_OUT,
      'POST /api/auth/sign-in': CODE_NEEDED,
      'POST /api/auth/second-factor': {
        status: 401,
        body: {
          error: {
            code: 'WM_SECOND_FACTOR_SIGN_IN_EXPIRED',
            message: 'Your sign-in took too long. Enter your email address and password again.',
          },
        },
      },
    });
    const user = await passwordStep();
    await findPage('Enter the code from your app');
    await user.type(screen.getByLabelText('Code'), '123456');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await findPage('Sign in to Waymark');
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(summary.textContent).toContain('Your sign-in took too long.');
    // The email stays; the password is asked for again.
    expect((screen.getByLabelText('Email address') as HTMLInputElement).value).toBe(ACCOUNT.email);
    expect((screen.getByLabelText('Password') as HTMLInputElement).value).toBe('');
  });
});
