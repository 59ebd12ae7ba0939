// Settings: changing my password (the current one first, then a new one by the sign-up rules;
// every other device is signed out) and the devices signed in to my account, any of which I can
// sign out, this one included.
import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CHECKIN_SETTINGS } from '../../../domain/checkins/checkins.schema.ts';
import { fakeCaches } from '../../testing/fake-caches.ts';
import { ACCOUNT, fakeServer, type Reply, SIGNED_IN } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';
import { crisisDoc, NETWORK } from '../plans/plans.test-data.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const BASE = `/api/people/${ACCOUNT.id}`;
const PHONE = {
  id: 'device-phone',
  createdAt: '2026-11-20T09:00:00.000Z',
  lastSeenAt: '2026-11-29T18:30:00.000Z',
  thisDevice: true,
};
const LAPTOP = {
  id: 'device-laptop',
  createdAt: '2026-11-10T08:00:00.000Z',
  lastSeenAt: '2026-11-12T20:00:00.000Z',
  thisDevice: false,
};

function routes(devices: Reply | Reply[]) {
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
    'GET /api/account/sessions': devices,
  };
}

const field = (name: string) => screen.findByLabelText(name, { exact: false });

describe('Changing my password', () => {
  it('sends the current and the new password, says how many devices were signed out, and empties both boxes', async () => {
    const server = fakeServer({
      ...routes([
        { status: 200, body: { items: [PHONE, LAPTOP] } },
        { status: 200, body: { items: [PHONE] } },
      ]),
      'POST /api/account/password': { status: 200, body: { signedOutElsewhere: 1 } },
    });
    const user = userEvent.setup();
    renderApp('/settings');
    await findPage('Settings');
    const current = (await field('Current password')) as HTMLInputElement;
    const next = (await field('New password')) as HTMLInputElement;
    expect(current.type).toBe('password');
    expect(current.autocomplete).toBe('current-password');
    expect(next.autocomplete).toBe('new-password');
    await user.type(current, 'my old password');
    await user.type(next, 'my brand new password');
    await user.click(screen.getByRole('button', { name: 'Change my password' }));
    await screen.findByText('Your password is changed. 1 other device was signed out.');
    expect(server.sent('POST', '/api/account/password').map((call) => call.body)).toEqual([
      { currentPassword: 'my old password', newPassword: 'my brand new password' },
    ]);
    expect(current.value).toBe('');
    expect(next.value).toBe('');
    // The list is read again: the laptop is gone from it.
    const devices = screen.getByRole('region', { name: 'Where I am signed in' });
    await waitFor(() => expect(within(devices).getAllByRole('listitem')).toHaveLength(1));
  });

  it('shows a wrong current password on that box and in the summary, keeping what was typed', async () => {
    fakeServer({
      ...routes({ status: 200, body: { items: [PHONE] } }),
      'POST /api/account/password': {
        status: 400,
        body: {
          error: {
            code: 'WM_AUTH_WRONG_PASSWORD',
            message: 'This is not your current password. Check it and try again.',
            field: 'currentPassword',
            fields: [
              {
                field: 'currentPassword',
                message: 'This is not your current password. Check it and try again.',
              },
            ],
          },
        },
      },
    });
    const user = userEvent.setup();
    renderApp('/settings');
    await findPage('Settings');
    await user.type(await field('Current password'), 'a wrong guess');
    await user.type(await field('New password'), 'my brand new password');
    await user.click(screen.getByRole('button', { name: 'Change my password' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    const link = within(summary).getByRole('link', { name: /not your current password/ });
    expect(link.getAttribute('href')).toBe('#currentPassword');
    await waitFor(() => expect(document.title).toBe('Error: Settings – Waymark'));
    expect(((await field('New password')) as HTMLInputElement).value).toBe('my brand new password');
  });

  it('refuses a new password shorter than 12 characters before sending anything', async () => {
    const server = fakeServer(routes({ status: 200, body: { items: [PHONE] } }));
    const user = userEvent.setup();
    renderApp('/settings');
    await findPage('Settings');
    await user.type(await field('Current password'), 'my old password');
    await user.type(await field('New password'), 'short');
    await user.click(screen.getByRole('button', { name: 'Change my password' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(
      within(summary).getByRole('link', { name: 'This must be at least 12 characters' }),
    ).toBeTruthy();
    expect(server.sent('POST', '/api/account/password')).toEqual([]);
  });
});

describe('Where I am signed in', () => {
  it('lists my devices with this one named, and signs another out, keeping my place', async () => {
    const server = fakeServer({
      ...routes([
        { status: 200, body: { items: [PHONE, LAPTOP] } },
        { status: 200, body: { items: [PHONE] } },
      ]),
      'DELETE /api/account/sessions/device-laptop': { status: 204 },
    });
    const user = userEvent.setup();
    renderApp('/settings');
    await findPage('Settings');
    const devices = await screen.findByRole('region', { name: 'Where I am signed in' });
    await within(devices).findByRole('heading', { level: 3, name: 'This device' });
    const laptop = within(devices).getByRole('button', {
      name: /^Sign out this device Signed in on/,
    });
    expect(within(devices).getByRole('button', { name: 'Sign out here' })).toBeTruthy();
    await user.click(laptop);
    await within(devices).findByText('That device is signed out.');
    expect(server.sent('DELETE', '/api/account/sessions/device-laptop')).toHaveLength(1);
    await waitFor(() => expect(within(devices).getAllByRole('listitem')).toHaveLength(1));
    expect(document.activeElement).toBe(
      within(devices).getByRole('heading', { name: 'Where I am signed in' }),
    );
  });

  it('signs this device out from the list as the menu does, and opens Sign in', async () => {
    fakeCaches();
    const server = fakeServer({
      ...routes({ status: 200, body: { items: [PHONE, LAPTOP] } }),
      'DELETE /api/account/sessions/device-phone': { status: 204 },
      'POST /api/auth/sign-out': { status: 204 },
    });
    const user = userEvent.setup();
    renderApp('/settings');
    await findPage('Settings');
    await user.click(await screen.findByRole('button', { name: 'Sign out here' }));
    await findPage('Sign in to Waymark');
    expect(server.sent('DELETE', '/api/account/sessions/device-phone')).toHaveLength(1);
    await screen.findByText('You have signed out.');
  });
});
