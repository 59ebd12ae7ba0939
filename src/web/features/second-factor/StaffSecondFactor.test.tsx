// Staff must set up two-step sign-in before they see anything of a person (decision 0039): a
// practitioner without it is sent from every page to Settings, which says why in plain words;
// once it is on, the pages open again. People are never sent there.
import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ACCOUNT, fakeServer } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const URI = `otpauth://totp/Waymark:priya%40example.com?secret=${SECRET}&issuer=Waymark`;
const CODES = Array.from({ length: 10 }, (_, n) => `ab${n + 2}c-de3f-gh4j-km5n`);
const OFF = { status: 200, body: { on: false, totp: false, pending: false, recoveryCodesLeft: 0 } };
const ON = { status: 200, body: { on: true, totp: true, pending: false, recoveryCodesLeft: 10 } };
const PRIYA = {
  ...ACCOUNT,
  id: 'priya-1',
  email: 'priya@example.com',
  displayName: 'Priya',
  role: 'practitioner' as const,
  welcomeDue: false,
  language: null,
  secondFactorRequired: true,
};
const MUST =
  'You work for a service. So you must turn on two-step sign-in before you can see anything about the people you work with. Until then, Waymark brings you back to this page.';

function routes(account: typeof PRIYA | (typeof PRIYA & { role: 'person' })) {
  return {
    'GET /api/auth/session': { status: 200, body: { account, csrfToken: 'csrf-token-1' } },
    'GET /api/account': { status: 200, body: account },
    'GET /api/account/sessions': { status: 200, body: { items: [] } },
    'GET /api/account/second-factor': [OFF, ON],
    'GET /api/notifications/settings': {
      status: 200,
      body: { email: false },
    },
    'GET /api/shared-with-me': { status: 200, body: [] },
    'GET /api/shared-with-me/notices': { status: 200, body: [] },
    'GET /api/notifications/unread': { status: 200, body: { count: 0 } },
  };
}

describe('Staff without two-step sign-in', () => {
  it('sends a practitioner from any page to Settings, says why, and lets them on once it is on', async () => {
    const server = fakeServer({
      ...routes(PRIYA),
      'POST /api/account/second-factor/totp': { status: 201, body: { secret: SECRET, uri: URI } },
      'POST /api/account/second-factor/totp/confirm': {
        status: 200,
        body: { recoveryCodes: CODES },
      },
    });
    const user = userEvent.setup();
    renderApp('/people');
    await findPage('Settings');
    const part = await screen.findByRole('region', { name: 'Two-step sign-in' });
    expect(within(part).getByText(MUST)).toBeTruthy();
    // Nothing about people was asked for.
    expect(server.sent('GET', '/api/shared-with-me')).toHaveLength(0);

    await user.click(await within(part).findByRole('button', { name: 'Set up two-step sign-in' }));
    await user.type(await within(part).findByLabelText('Code from your app'), '123456');
    await user.click(within(part).getByRole('button', { name: 'Turn on two-step sign-in' }));
    await within(part).findByRole('heading', { name: 'Your recovery codes' });
    await waitFor(() => expect(within(part).queryByText(MUST)).toBeNull());
  });

  it('does not send a person there: they may add it if they want', async () => {
    fakeServer(routes({ ...PRIYA, role: 'person', secondFactorRequired: false } as never));
    renderApp('/settings');
    const part = await screen.findByRole('region', { name: 'Two-step sign-in' });
    expect(within(part).queryByText(MUST)).toBeNull();
  });
});
