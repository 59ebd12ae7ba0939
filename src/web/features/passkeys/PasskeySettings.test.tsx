// Passkeys in the web app (decision 0041): Settings lists each passkey with when it was added
// and last used, adds one with a name through the browser's own passkey prompt (the one browser
// API stood in for here), removes one with the password, and says so plainly where the browser
// cannot make passkeys. At sign-in, an account with a passkey is offered "Use a passkey".
import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CHECKIN_SETTINGS } from '../../../domain/checkins/checkins.schema.ts';
import {
  ACCOUNT,
  type Call,
  fakeServer,
  type Reply,
  SIGNED_IN,
  SIGNED_OUT,
} from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';
import { crisisDoc, NETWORK } from '../plans/plans.test-data.ts';
import { fromBase64url, toBase64url } from './webauthn.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const BASE = `/api/people/${ACCOUNT.id}`;
const PHONE = {
  id: 'b1f1c0de-0000-4000-8000-000000000001',
  name: 'My phone',
  createdAt: '2026-11-20T09:00:00.000Z',
  lastUsedAt: '2026-11-28T18:30:00.000Z',
};
const OPTIONS = {
  challenge: 'Y2hhbGxlbmdl',
  rp: { name: 'Waymark', id: 'localhost' },
  user: { id: 'cGVyc29uLTE', name: ACCOUNT.email, displayName: 'Alex' },
  pubKeyCredParams: [{ alg: -7, type: 'public-key' }],
  excludeCredentials: [],
  attestation: 'none',
};
const bytes = (...values: number[]) => new Uint8Array(values).buffer;

function routes(passkeys: Reply | Reply[]) {
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
    'GET /api/account/second-factor': {
      status: 200,
      body: { on: false, totp: false, pending: false, recoveryCodesLeft: 0 },
    },
    'GET /api/account/passkeys': passkeys,
  };
}

/** A browser that can make passkeys: a secure page, and `create` answering as an authenticator. */
function browserWithPasskeys(create = vi.fn(), get = vi.fn()) {
  vi.stubGlobal('isSecureContext', true);
  vi.stubGlobal('PublicKeyCredential', function PublicKeyCredential() {});
  vi.stubGlobal(
    'navigator',
    Object.assign(Object.create(navigator), { credentials: { create, get } }),
  );
  return { create, get };
}

async function passkeyPart() {
  renderApp('/settings');
  await findPage('Settings');
  // A part loaded after the page (lazyPart): its code can take a moment on a busy machine.
  return screen.findByRole('region', { name: 'Passkeys' }, { timeout: 10_000 });
}

describe('Passkeys in Settings', () => {
  it('lists each passkey with when it was added and last used, and says where this browser cannot make one', async () => {
    fakeServer(routes({ status: 200, body: { passkeys: [PHONE] } }));
    const part = await passkeyPart();
    const card = (await within(part).findByRole('heading', { name: 'My phone' })).closest('li');
    expect(card?.textContent).toContain('Added Friday 20 November 2026');
    expect(card?.textContent).toContain('Last used Saturday 28 November 2026');
    // This test's browser (jsdom) has no passkeys: said in words, and no button that cannot work.
    expect(within(part).getByText(/This browser cannot make or use passkeys/)).toBeTruthy();
    expect(within(part).queryByRole('button', { name: 'Add a passkey' })).toBeNull();
  });

  it('adds a passkey with the name given, sending what the browser made', async () => {
    const { create } = browserWithPasskeys();
    create.mockResolvedValue({
      id: 'AQID',
      rawId: bytes(1, 2, 3),
      authenticatorAttachment: 'platform',
      response: {
        clientDataJSON: bytes(123, 125),
        attestationObject: bytes(161, 99),
        getTransports: () => ['internal', 'some-future-way'],
      },
    });
    const server = fakeServer({
      ...routes([
        { status: 200, body: { passkeys: [] } },
        { status: 200, body: { passkeys: [PHONE] } },
      ]),
      'POST /api/account/passkeys/options': { status: 200, body: OPTIONS },
      'POST /api/account/passkeys': { status: 201, body: PHONE },
    });
    const user = userEvent.setup();
    const part = await passkeyPart();
    expect(await within(part).findByText('You have not added a passkey.')).toBeTruthy();

    await user.click(within(part).getByRole('button', { name: 'Add a passkey' }));
    expect(
      await within(part).findByRole('link', { name: 'Enter a name for this passkey' }),
    ).toBeTruthy();
    expect(create).not.toHaveBeenCalled();

    await user.type(within(part).getByLabelText('Name for this passkey'), 'My phone');
    await user.click(within(part).getByRole('button', { name: 'Add a passkey' }));
    expect(await within(part).findByText(/The passkey My phone is added/)).toBeTruthy();
    const asked = create.mock.calls[0]?.[0].publicKey;
    expect(new Uint8Array(asked.challenge)).toEqual(fromBase64url(OPTIONS.challenge));
    expect(new Uint8Array(asked.user.id)).toEqual(fromBase64url(OPTIONS.user.id));
    const [sent] = server.sent('POST', '/api/account/passkeys');
    expect(sent?.body).toEqual({
      name: 'My phone',
      credential: {
        id: 'AQID',
        rawId: 'AQID',
        type: 'public-key',
        response: { clientDataJSON: 'e30', attestationObject: 'oWM', transports: ['internal'] },
        authenticatorAttachment: 'platform',
        clientExtensionResults: {},
      },
    });
    expect(await within(part).findByRole('heading', { name: 'My phone' })).toBeTruthy();
  });

  it('says nothing was made when the person cancels the browser’s prompt', async () => {
    const { create } = browserWithPasskeys();
    create.mockRejectedValue(new DOMException('cancelled', 'NotAllowedError'));
    const server = fakeServer({
      ...routes({ status: 200, body: { passkeys: [] } }),
      'POST /api/account/passkeys/options': { status: 200, body: OPTIONS },
    });
    const user = userEvent.setup();
    const part = await passkeyPart();
    await user.type(await within(part).findByLabelText('Name for this passkey'), 'Laptop');
    await user.click(within(part).getByRole('button', { name: 'Add a passkey' }));
    const summary = await within(part).findByRole('alert', { name: 'There is a problem' });
    expect(summary.textContent).toContain(
      'No passkey was made. If you want to add one, try again.',
    );
    expect(server.sent('POST', '/api/account/passkeys')).toEqual([]);
  });

  it('removes a passkey with the password, saying a wrong one on the field', async () => {
    const server = fakeServer({
      ...routes([
        { status: 200, body: { passkeys: [PHONE] } },
        { status: 200, body: { passkeys: [] } },
      ]),
      [`DELETE /api/account/passkeys/${PHONE.id}`]: [
        {
          status: 400,
          body: {
            error: {
              code: 'WM_AUTH_WRONG_PASSWORD',
              message: 'This is not your current password.',
              field: 'currentPassword',
              fields: [{ field: 'currentPassword', message: 'This is not your current password.' }],
            },
          },
        },
        { status: 204 },
      ],
    });
    const user = userEvent.setup();
    const part = await passkeyPart();
    await user.click(await within(part).findByRole('button', { name: 'Remove My phone' }));
    // The button pressed is gone: focus is on the form's heading.
    const title = within(part).getByRole('heading', { name: 'Remove the passkey My phone' });
    await waitFor(() => expect(document.activeElement).toBe(title));
    const password = within(part).getByLabelText('Current password');
    await user.type(password, 'not it');
    await user.click(within(part).getByRole('button', { name: 'Remove My phone' }));
    expect(
      await within(part).findByRole('link', { name: 'This is not your current password.' }),
    ).toBeTruthy();
    await user.clear(password);
    await user.type(password, 'my real password');
    await user.click(within(part).getByRole('button', { name: 'Remove My phone' }));
    expect(await within(part).findByText('The passkey My phone is removed.')).toBeTruthy();
    expect(await within(part).findByText('You have not added a passkey.')).toBeTruthy();
    expect(server.sent('DELETE', `/api/account/passkeys/${PHONE.id}`).map((c) => c.body)).toEqual([
      { currentPassword: 'not it' },
      { currentPassword: 'my real password' },
    ]);
  });
});

describe('Two-step sign-in beside a passkey', () => {
  it('does not call two-step sign-in off when a passkey is the second step', async () => {
    fakeServer({
      ...routes({ status: 200, body: { passkeys: [PHONE] } }),
      'GET /api/account/second-factor': {
        status: 200,
        body: { on: true, totp: false, pending: false, recoveryCodesLeft: 0 },
      },
    });
    renderApp('/settings');
    await findPage('Settings');
    const part = await screen.findByRole(
      'region',
      { name: 'Two-step sign-in' },
      { timeout: 10_000 },
    );
    expect(await within(part).findByText(/Your passkey is your second step/)).toBeTruthy();
    expect(within(part).queryByText('Two-step sign-in is off.')).toBeNull();
  });
});

describe('Signing in with a passkey as the second step', () => {
  async function passwordStep() {
    const user = userEvent.setup();
    renderApp('/settings');
    await findPage('Sign in to Waymark');
    await user.type(screen.getByLabelText('Email address'), ACCOUNT.email);
    await user.type(screen.getByLabelText('Password'), 'four random words here');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    return user;
  }
  const signInRoutes = (passkeyAnswer: Reply | ((call: Call) => Reply)) => ({
    ...routes({ status: 200, body: { passkeys: [PHONE] } }),
    'GET /api/auth/session': SIGNED_OUT,
    'POST /api/auth/sign-in': {
      status: 200,
      body: { secondFactorRequired: true, app: false, passkey: true },
    },
    'POST /api/auth/passkey/options': {
      status: 200,
      body: { challenge: 'c2lnbi1pbg', allowCredentials: [{ id: 'AQID', type: 'public-key' }] },
    },
    'POST /api/auth/passkey': passkeyAnswer,
  });

  it('offers "Use a passkey" (and no code box for an account without the app), then signs in', async () => {
    const { get } = browserWithPasskeys();
    get.mockResolvedValue({
      id: 'AQID',
      rawId: bytes(1, 2, 3),
      response: {
        clientDataJSON: bytes(123, 125),
        authenticatorData: bytes(9, 9),
        signature: bytes(48, 1),
        userHandle: null,
      },
    });
    const server = fakeServer(signInRoutes(SIGNED_IN));
    const user = await passwordStep();
    await findPage('Show it is you');
    expect(screen.queryByLabelText('Code')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Use a passkey' }));
    await findPage('Settings');
    const asked = get.mock.calls[0]?.[0].publicKey;
    expect(asked.allowCredentials.map((c: { id: ArrayBuffer }) => toBase64url(c.id))).toEqual([
      'AQID',
    ]);
    expect(server.sent('POST', '/api/auth/passkey')[0]?.body).toEqual({
      credential: {
        id: 'AQID',
        rawId: 'AQID',
        type: 'public-key',
        response: { clientDataJSON: 'e30', authenticatorData: 'CQk', signature: 'MAE' },
        clientExtensionResults: {},
      },
    });
  });

  it('says the passkey was not used when the prompt is cancelled, and explains where the browser has none', async () => {
    const { get } = browserWithPasskeys();
    get.mockRejectedValue(new DOMException('cancelled', 'NotAllowedError'));
    fakeServer(signInRoutes(SIGNED_IN));
    const user = await passwordStep();
    await findPage('Show it is you');
    await user.click(screen.getByRole('button', { name: 'Use a passkey' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(summary.textContent).toContain('The passkey was not used.');

    vi.stubGlobal('PublicKeyCredential', undefined);
    await user.click(screen.getByRole('button', { name: 'Use a passkey' }));
    await waitFor(() =>
      expect(screen.getByRole('alert', { name: 'There is a problem' }).textContent).toContain(
        'This browser cannot use passkeys.',
      ),
    );
  });
});
