// Settings, "Two-step sign-in" (decision 0039): setting it up shows the key as text in groups
// of four (and as an otpauth link), a code from the app turns it on, the recovery codes are shown
// once until "I have saved these codes", and the password turns it off again.
import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CHECKIN_SETTINGS } from '../../../domain/checkins/checkins.schema.ts';
import { ACCOUNT, fakeServer, type Reply, SIGNED_IN } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';
import { crisisDoc, NETWORK } from '../plans/plans.test-data.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const BASE = `/api/people/${ACCOUNT.id}`;
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const URI = `otpauth://totp/Waymark:alex%40example.com?secret=${SECRET}&issuer=Waymark`;
const CODES = Array.from({ length: 10 }, (_, n) => `ab${n + 2}c-de3f-gh4j-km5n`);
const OFF = { status: 200, body: { on: false, totp: false, pending: false, recoveryCodesLeft: 0 } };
const ON = { status: 200, body: { on: true, totp: true, pending: false, recoveryCodesLeft: 10 } };

function routes(status: Reply | Reply[]) {
  return {
    'GET /api/auth/session': SIGNED_IN,
    'GET /api/account': { status: 200, body: { ...ACCOUNT, welcomeDue: false } },
    [`GET ${BASE}/checkin-settings`]: {
      status: 200,
      body: { version: 1, updatedAt: null, data: DEFAULT_CHECKIN_SETTINGS },
    },
    [`GET ${BASE}/crisis-plan`]: { status: 200, body: crisisDoc(1, {}) },
    [`GET ${BASE}/support-network`]: { status: 200, body: NETWORK },
    [`GET ${BASE}/crisis-plan/documents`]: { status: 200, body: { items: [] } },
    'GET /api/account/sessions': { status: 200, body: { items: [] } },
    'GET /api/account/second-factor': status,
  };
}

async function twoStepPart() {
  renderApp('/settings');
  await findPage('Settings');
  return screen.findByRole('region', { name: 'Two-step sign-in' });
}

describe('Setting up two-step sign-in', () => {
  it('shows the key to type, confirms with a code, and shows the recovery codes once', async () => {
    const server = fakeServer({
      ...routes([OFF, ON]),
      'POST /api/account/second-factor/totp': { status: 201, body: { secret: SECRET, uri: URI } },
      'POST /api/account/second-factor/totp/confirm': [
        {
          status: 400,
          body: {
            error: {
              code: 'WM_SECOND_FACTOR_WRONG_CODE',
              message: 'This code is not right. Check the code your app shows now and try again.',
              field: 'code',
              fields: [
                {
                  field: 'code',
                  message:
                    'This code is not right. Check the code your app shows now and try again.',
                },
              ],
            },
          },
        },
        { status: 200, body: { recoveryCodes: CODES } },
      ],
    });
    const user = userEvent.setup();
    const part = await twoStepPart();
    expect(await within(part).findByText('Two-step sign-in is off.')).toBeTruthy();
    await user.click(within(part).getByRole('button', { name: 'Set up two-step sign-in' }));

    // The key in groups of four, for typing into any authenticator app; the link for this device.
    expect((await within(part).findByTestId('setup-key')).textContent).toBe(
      'JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP',
    );
    expect(
      within(part)
        .getByRole('link', { name: 'Open the key in an app on this device' })
        .getAttribute('href'),
    ).toBe(URI);
    const code = within(part).getByLabelText('Code from your app') as HTMLInputElement;
    expect(code.autocomplete).toBe('one-time-code');
    expect(code.inputMode).toBe('numeric');

    await user.type(code, '000000');
    await user.click(within(part).getByRole('button', { name: 'Turn on two-step sign-in' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(
      within(summary)
        .getByRole('link', { name: /This code is not right/ })
        .getAttribute('href'),
    ).toBe('#twoStepCode');

    await user.clear(code);
    await user.type(code, '123456');
    await user.click(within(part).getByRole('button', { name: 'Turn on two-step sign-in' }));
    const shown = await within(part).findByRole('heading', { name: 'Your recovery codes' });
    expect(shown).toBeTruthy();
    for (const each of CODES) expect(within(part).getByText(each)).toBeTruthy();
    expect(
      server.sent('POST', '/api/account/second-factor/totp/confirm').map((c) => c.body),
    ).toEqual([{ code: '000000' }, { code: '123456' }]);

    await user.click(within(part).getByRole('button', { name: 'I have saved these codes' }));
    await within(part).findByText('You have 10 recovery codes left.');
    expect(within(part).queryByText(CODES[0] ?? '')).toBeNull();
    expect(
      within(part).getByText(
        'Two-step sign-in is on. You will need a code from your app when you sign in.',
      ),
    ).toBeTruthy();
  });
});

describe('Turning two-step sign-in off', () => {
  it('needs the current password, and says when it is off', async () => {
    const server = fakeServer({
      ...routes([ON, OFF]),
      'DELETE /api/account/second-factor': { status: 204 },
    });
    const user = userEvent.setup();
    const part = await twoStepPart();
    expect(await within(part).findByText('Two-step sign-in is on.')).toBeTruthy();
    await user.click(within(part).getByRole('button', { name: 'Turn off two-step sign-in' }));
    // Nothing typed: the shared schema asks for the password, on this part's own box.
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(
      within(summary)
        .getByRole('link', { name: 'Enter your current password' })
        .getAttribute('href'),
    ).toBe('#twoStepPassword');
    expect(server.sent('DELETE', '/api/account/second-factor')).toHaveLength(0);

    await user.type(within(part).getByLabelText('Current password'), 'my own password');
    await user.click(within(part).getByRole('button', { name: 'Turn off two-step sign-in' }));
    await waitFor(() =>
      expect(server.sent('DELETE', '/api/account/second-factor').map((c) => c.body)).toEqual([
        { currentPassword: 'my own password' },
      ]),
    );
    // Said in the part's status region, and the part now offers set-up instead.
    await within(part).findByRole('button', { name: 'Set up two-step sign-in' });
    expect(within(part).getAllByText('Two-step sign-in is off.').length).toBeGreaterThanOrEqual(2);
    expect(within(part).queryByLabelText('Current password')).toBeNull();
  });
});
