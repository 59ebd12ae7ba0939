// Notifications on the web: the link in the navigation says how many are new, the list says
// who did what and links to it, marking read tells the server; Settings keeps which kinds the
// account gets; beside the staying-well plan the person picks whom to alert.
import { cleanup, screen, waitFor } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CHECKIN_SETTINGS } from '../../../domain/checkins/checkins.schema.ts';
import { EMPTY_STAYING_WELL } from '../../../domain/record/plans.schema.ts';
import { ACCOUNT, type Call, fakeServer, SIGNED_IN } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const BASE = `/api/people/${ACCOUNT.id}`;
const NOTE = (over: Record<string, unknown>) => ({
  id: crypto.randomUUID(),
  aboutPersonId: ACCOUNT.id,
  link: '/sharing',
  createdAt: '2026-11-25T09:00:00.000Z',
  readAt: null,
  ...over,
});
const choice = (inApp: boolean, email: boolean) => ({ inApp, email });
const SETTINGS = {
  suggestion_made: choice(true, false),
  suggestion_decided: choice(true, false),
  invitation_accepted: choice(true, false),
  early_warning: choice(true, false),
};

describe('Notifications', () => {
  it('shows how many are new in the navigation, lists who did what, and marks them read', async () => {
    const accepted = NOTE({ kind: 'invitation_accepted', actorName: 'Jo' });
    const alert = NOTE({
      kind: 'early_warning',
      actorName: 'Sam',
      aboutPersonId: 'sam-1',
      link: '/people/sam-1',
      readAt: '2026-11-25T10:00:00.000Z',
    });
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      'GET /api/account': { status: 200, body: { ...ACCOUNT, welcomeDue: false } },
      'GET /api/notifications/unread': [{ status: 200, body: { unread: 1 } }],
      'GET /api/notifications': [
        { status: 200, body: { items: [accepted, alert], unread: 1 } },
        { status: 200, body: { items: [{ ...accepted, readAt: 'x' }, alert], unread: 0 } },
      ],
      'POST /api/notifications/read-all': { status: 204 },
      [`GET ${BASE}/staying-well-plan`]: {
        status: 200,
        body: { version: 0, updatedAt: null, data: EMPTY_STAYING_WELL },
      },
    });
    const user = userEvent.setup();
    renderApp('/settings');
    const link = await screen.findByRole(
      'link',
      { name: 'Notifications, 1 new' },
      { timeout: 10_000 },
    );
    await user.click(link);
    await findPage('Notifications');
    expect(await screen.findByRole('link', { name: 'Jo accepted your invitation' })).toBeTruthy();
    const checkIn = screen.getByRole('link', { name: 'Sam would like you to check in with them' });
    expect(checkIn.getAttribute('href')).toBe('/people/sam-1');
    await user.click(screen.getByRole('button', { name: 'Mark all as read' }));
    await waitFor(() => expect(server.sent('POST', '/api/notifications/read-all')).toHaveLength(1));
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Mark all as read' })).toBeNull(),
    );
  });

  it('keeps the account’s choices in Settings, in Waymark and by email', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      'GET /api/account': { status: 200, body: { ...ACCOUNT, welcomeDue: false } },
      'GET /api/notifications/settings': { status: 200, body: SETTINGS },
      'PUT /api/notifications/settings': (call: Call) => ({ status: 200, body: call.body }),
      [`GET ${BASE}/checkin-settings`]: {
        status: 200,
        body: { version: 0, updatedAt: null, data: DEFAULT_CHECKIN_SETTINGS },
      },
    });
    const user = userEvent.setup();
    renderApp('/settings');
    await findPage('Settings');
    const group = await screen.findByRole('group', { name: 'Someone accepts your invitation' });
    const email = group.querySelector(
      'input[id="notify-invitation_accepted-email"]',
    ) as HTMLElement;
    await user.click(email);
    await user.click(screen.getByRole('button', { name: 'Save notification choices' }));
    expect(await screen.findByText('Your notification choices are saved.')).toBeTruthy();
    expect(server.sent('PUT', '/api/notifications/settings')[0]?.body).toEqual({
      ...SETTINGS,
      invitation_accepted: choice(true, true),
    });
  });

  it('lets the person pick whom to alert beside their staying-well plan, and says why one is refused', async () => {
    const alertsPath = `${BASE}/staying-well-plan/alerts`;
    const candidates = [
      { relationshipId: '11111111-1111-4111-8111-111111111111', knownAs: 'Jo', role: 'friend' },
      { relationshipId: '22222222-2222-4222-8222-222222222222', knownAs: 'Priya', role: 'carer' },
    ];
    let saves = 0;
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${BASE}/staying-well-plan`]: {
        status: 200,
        body: { version: 0, updatedAt: null, data: EMPTY_STAYING_WELL },
      },
      [`GET ${alertsPath}`]: { status: 200, body: { relationshipIds: [], candidates } },
      [`PUT ${alertsPath}`]: (call: Call) => {
        saves += 1;
        if (saves === 1) return { status: 200, body: { ...(call.body as object), candidates } };
        return {
          status: 400,
          body: {
            error: {
              code: 'WM_VALIDATION_FAILED',
              message: 'Some of the information is not right.',
              fields: [
                {
                  field: 'relationshipIds.1',
                  message:
                    'You do not share your record with this person now, so they cannot be chosen.',
                },
              ],
            },
          },
        };
      },
    });
    const user = userEvent.setup();
    renderApp('/plans/staying-well');
    await findPage('My staying-well plan');
    expect(await screen.findByText(/would like you to check in with them/)).toBeTruthy();
    await user.click(await screen.findByRole('checkbox', { name: 'Jo' }));
    await user.click(screen.getByRole('button', { name: 'Save who to tell' }));
    expect(await screen.findByText('Saved. The people you ticked will be told.')).toBeTruthy();
    expect(server.sent('PUT', alertsPath)[0]?.body).toEqual({
      relationshipIds: [candidates[0]?.relationshipId],
    });
    await user.click(screen.getByRole('checkbox', { name: 'Priya' }));
    await user.click(screen.getByRole('button', { name: 'Save who to tell' }));
    expect(
      await screen.findByText(
        'You do not share your record with this person now, so they cannot be chosen.',
      ),
    ).toBeTruthy();
  });
});
