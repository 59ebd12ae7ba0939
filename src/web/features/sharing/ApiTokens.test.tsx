import { cleanup, screen, within } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeServer, SIGNED_IN } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';
import { BASE } from '../plans/plans.test-data.ts';

afterEach(cleanup);

const TOKENS = `${BASE}/api-tokens`;
const NOBODY_YET = {
  status: 200,
  body: { paused: false, pausedEmergencyLinks: false, people: [] },
};
const healthApp = {
  id: 'b1f1d9c2-3b4e-4f5a-8b6c-7d8e9f0a1b2c',
  name: 'Health app',
  scopes: ['patient/Patient.rs', 'patient/Consent.rs', 'patient/Goal.rs'],
  createdAt: '2026-11-29T10:00:00.000Z',
  endsAt: '2026-12-31T23:59:59.999Z',
  revokedAt: null,
  lastUsedAt: null,
  status: 'active',
};

async function fillDate(group: HTMLElement, day: string, month: string, year: string) {
  await userEvent.type(within(group).getByLabelText('Day'), day);
  await userEvent.type(within(group).getByLabelText('Month'), month);
  await userEvent.type(within(group).getByLabelText('Year'), year);
}

describe('Apps and services that read your record', () => {
  it('gives a named app a key for what the person ticks, and shows the key once', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${BASE}/sharing`]: NOBODY_YET,
      [`GET ${BASE}/invitations`]: { status: 200, body: { items: [] } },
      [`GET ${BASE}/outcome-consent`]: { status: 200, body: { optedIn: false, optedInAt: null } },
      [`GET ${TOKENS}`]: [
        { status: 200, body: { items: [] } },
        { status: 200, body: { items: [healthApp] } },
      ],
      [`POST ${TOKENS}`]: { status: 201, body: { token: 'key-abc_123', item: healthApp } },
    });
    renderApp('/sharing');
    await findPage('Sharing');
    await screen.findByText('You have not given any keys yet.');
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Name of the app or service' }),
      'Health app',
    );
    await userEvent.click(screen.getByRole('checkbox', { name: 'Your goals' }));
    await fillDate(screen.getByRole('group', { name: /Last day it works/ }), '31', '12', '2026');
    await userEvent.click(screen.getByRole('button', { name: 'Make the key' }));

    await screen.findByRole('heading', { name: 'Your new key for Health app' });
    const [sent] = server.sent('POST', TOKENS);
    expect(sent?.body).toEqual({
      name: 'Health app',
      scopes: ['patient/Patient.rs', 'patient/Consent.rs', 'patient/Goal.rs'],
      endsOn: '2026-12-31',
    });
    const key = screen.getByRole('textbox', { name: 'The key' }) as HTMLTextAreaElement;
    expect(key.value).toBe('key-abc_123');
    expect(screen.getByText(/We will not show it again/)).toBeTruthy();
    await screen.findByRole('heading', { name: 'Health app' });
    expect(screen.getByText('Reads: Your goals')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'I have copied it' }));
    expect(screen.queryByText('key-abc_123')).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'The key' })).toBeNull();
  });

  it('says what is missing and sends nothing', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${BASE}/sharing`]: NOBODY_YET,
      [`GET ${BASE}/invitations`]: { status: 200, body: { items: [] } },
      [`GET ${BASE}/outcome-consent`]: { status: 200, body: { optedIn: false, optedInAt: null } },
      [`GET ${TOKENS}`]: { status: 200, body: { items: [] } },
    });
    renderApp('/sharing');
    await findPage('Sharing');
    await userEvent.click(await screen.findByRole('button', { name: 'Make the key' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('Give the app or service a name.')).toBeTruthy();
    expect(within(summary).getByText('Choose at least one thing it may read.')).toBeTruthy();
    expect(server.sent('POST', TOKENS)).toEqual([]);
  });

  it('takes a key back after asking, at once', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${BASE}/sharing`]: NOBODY_YET,
      [`GET ${BASE}/invitations`]: { status: 200, body: { items: [] } },
      [`GET ${BASE}/outcome-consent`]: { status: 200, body: { optedIn: false, optedInAt: null } },
      [`GET ${TOKENS}`]: [
        { status: 200, body: { items: [healthApp] } },
        { status: 200, body: { items: [{ ...healthApp, status: 'revoked' }] } },
      ],
      [`DELETE ${TOKENS}/${healthApp.id}`]: { status: 204 },
    });
    renderApp('/sharing');
    await findPage('Sharing');
    await userEvent.click(
      await screen.findByRole('button', { name: 'Take back the key for Health app' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Yes, take it back' }));
    await screen.findByText('Taken back');
    expect(server.sent('DELETE', `${TOKENS}/${healthApp.id}`)).toHaveLength(1);
  });
});
