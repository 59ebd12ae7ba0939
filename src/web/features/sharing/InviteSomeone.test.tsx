import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeServer, SIGNED_IN } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';
import { wholeText } from '../../testing/text.ts';
import { BASE } from '../plans/plans.test-data.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const INVITATIONS = `${BASE}/invitations`;
const pending = {
  id: 'a6f1d9c2-3b4e-4f5a-8b6c-7d8e9f0a1b2c',
  role: 'friend',
  knownAs: 'Jo',
  sections: { crisis_plan: 'view', goals: 'view' },
  endsAt: null,
  advanceChoice: false,
  createdAt: '2026-11-29T10:00:00.000Z',
  expiresAt: '2026-12-06T10:00:00.000Z',
};
/** The Sharing page's list of people with access, empty: these tests are about inviting. */
const NOBODY_YET = {
  status: 200,
  body: { paused: false, pausedEmergencyLinks: false, people: [] },
};
/** The page's list of apps' keys, empty too (decision 0049). */
const NO_KEYS = { status: 200, body: { items: [] } };
const created = { ...pending, token: 'tok-abc_123', code: 'K7P-M3Q-X9T-W' };

describe('Inviting someone', () => {
  it('sends the role, name and ticked sections, then shows the link and the code once', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${BASE}/sharing`]: NOBODY_YET,
      [`GET ${BASE}/outcome-consent`]: { status: 200, body: { optedIn: false, optedInAt: null } },
      [`GET ${BASE}/api-tokens`]: NO_KEYS,
      [`GET ${INVITATIONS}`]: [
        { status: 200, body: { items: [] } },
        { status: 200, body: { items: [pending] } },
      ],
      [`POST ${INVITATIONS}`]: { status: 201, body: created },
    });
    renderApp('/sharing');
    await findPage('Sharing');
    expect(screen.getByText(/Journal entries stay private/)).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: /journal/i })).toBeNull();
    await userEvent.click(screen.getByRole('radio', { name: 'Friend' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'The name you know them by' }), 'Jo');
    await userEvent.click(screen.getByRole('checkbox', { name: 'My crisis plan' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'My goals' }));
    await userEvent.click(screen.getByRole('button', { name: 'Make the invitation' }));

    await screen.findByRole('heading', { name: 'Your invitation for Jo' });
    const [sent] = server.sent('POST', INVITATIONS);
    expect(sent?.body).toEqual({
      role: 'friend',
      knownAs: 'Jo',
      sections: { crisis_plan: 'view', goals: 'view' },
    });
    const link = screen.getByRole('textbox', { name: 'Invitation link' }) as HTMLTextAreaElement;
    expect(link.value).toBe(`${window.location.origin}/invitations/tok-abc_123`);
    expect(screen.getByText('K7P-M3Q-X9T-W')).toBeTruthy();
    expect(screen.getByText(/We show the link and the code only now/)).toBeTruthy();
    // The list below loads again and shows the new invitation.
    await screen.findByRole('heading', { name: 'Jo (friend)' });
    // Making another hides the link and code for good.
    await userEvent.click(screen.getByRole('button', { name: 'Invite someone else' }));
    expect(screen.queryByText('K7P-M3Q-X9T-W')).toBeNull();
  });

  it('lists what is wrong in an error summary and sends nothing', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${BASE}/sharing`]: NOBODY_YET,
      [`GET ${BASE}/outcome-consent`]: { status: 200, body: { optedIn: false, optedInAt: null } },
      [`GET ${BASE}/api-tokens`]: NO_KEYS,
      [`GET ${INVITATIONS}`]: { status: 200, body: { items: [] } },
    });
    renderApp('/sharing');
    await findPage('Sharing');
    const endsAt = screen.getByRole('group', { name: /When should their access end/ });
    await userEvent.type(within(endsAt).getByLabelText('Day'), '1');
    await userEvent.type(within(endsAt).getByLabelText('Month'), '1');
    await userEvent.type(within(endsAt).getByLabelText('Year'), '2020');
    await userEvent.click(screen.getByRole('button', { name: 'Make the invitation' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Choose who this person is to you');
    expect(summary.textContent).toContain('Enter the name you know them by');
    expect(summary.textContent).toContain('The end date must be today or in the future');
    expect(server.sent('POST', INVITATIONS)).toEqual([]);
  });

  it('shows the server’s words beside the field it refused', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${BASE}/sharing`]: NOBODY_YET,
      [`GET ${BASE}/outcome-consent`]: { status: 200, body: { optedIn: false, optedInAt: null } },
      [`GET ${BASE}/api-tokens`]: NO_KEYS,
      [`GET ${INVITATIONS}`]: { status: 200, body: { items: [] } },
      [`POST ${INVITATIONS}`]: {
        status: 400,
        body: {
          error: {
            code: 'WM_VALIDATION_FAILED',
            message: 'Some of the information is not right.',
            fields: [{ field: 'knownAs', message: 'This must be 100 characters or fewer' }],
          },
        },
      },
    });
    renderApp('/sharing');
    await findPage('Sharing');
    await userEvent.click(screen.getByRole('radio', { name: 'Carer' }));
    await userEvent.type(screen.getByRole('textbox', { name: /name you know them by/ }), 'Dad');
    await userEvent.click(screen.getByRole('button', { name: 'Make the invitation' }));
    await waitFor(() =>
      expect(screen.getAllByText('This must be 100 characters or fewer').length).toBeGreaterThan(0),
    );
  });
});

describe('Invitations waiting', () => {
  it('withdraws one and says its link and code no longer work', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${BASE}/sharing`]: NOBODY_YET,
      [`GET ${BASE}/outcome-consent`]: { status: 200, body: { optedIn: false, optedInAt: null } },
      [`GET ${BASE}/api-tokens`]: NO_KEYS,
      [`GET ${INVITATIONS}`]: [
        { status: 200, body: { items: [pending] } },
        { status: 200, body: { items: [] } },
      ],
      [`DELETE ${INVITATIONS}/${pending.id}`]: { status: 204 },
    });
    renderApp('/sharing');
    await findPage('Sharing');
    expect(await screen.findByText('Can see: crisis plan and goals')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Withdraw Jo (friend)' }));
    await screen.findByText(wholeText(/The invitation for Jo was withdrawn/));
    expect(server.sent('DELETE', `${INVITATIONS}/${pending.id}`)).toHaveLength(1);
    await screen.findByText('You have no invitations waiting.');
  });
});
