import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ACCOUNT, fakeServer, SIGNED_IN } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';
import { wholeText } from '../../testing/text.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const API = `/api/people/${ACCOUNT.id}/teams/invitation`;
const TOKEN = 'a'.repeat(43);
const PREVIEW = {
  status: 200,
  body: {
    teamName: 'Riverside team',
    serviceName: 'Riverside Recovery',
    invitedBy: 'Priya Shah',
    message: 'We met at the clinic on Tuesday.',
    expiresAt: '2026-12-14T10:00:00.000Z',
  },
};

describe('A team’s invitation by email', () => {
  it('says who invites, shares nothing until the person chooses, then connects', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`POST ${API}/preview`]: PREVIEW,
      [`POST ${API}`]: {
        status: 201,
        body: { relationshipId: 'r1', teamName: 'Riverside team', serviceName: 'Riverside' },
      },
      [`GET /api/people/${ACCOUNT.id}/sharing`]: {
        status: 200,
        body: { paused: false, pausedEmergencyLinks: false, people: [] },
      },
    });
    const user = userEvent.setup();
    renderApp(`/team-invitation/${TOKEN}`);
    await findPage('Priya Shah invites you to join Riverside team');
    expect(
      screen.getByText(wholeText('This code is for Riverside team, part of Riverside Recovery.')),
    ).toBeTruthy();
    expect(screen.getByText('We met at the clinic on Tuesday.')).toBeTruthy();
    expect(server.sent('POST', `${API}/preview`)[0]?.body).toEqual({ token: TOKEN });
    expect(server.sent('POST', API)).toHaveLength(0);

    const choices = within(screen.getByRole('group', { name: 'What can Riverside team see?' }));
    await user.click(choices.getByLabelText('goals'));
    await user.click(screen.getByRole('button', { name: 'Connect to the team' }));
    await waitFor(() => expect(server.sent('POST', API)).toHaveLength(1));
    const body = server.sent('POST', API)[0]?.body as Record<string, unknown>;
    expect(body).toMatchObject({ token: TOKEN, endsAt: null, advanceChoice: false });
    expect(body.sections).toMatchObject({ goals: 'view', about_me: 'none' });
    expect(
      await screen.findByText(wholeText('You are now connected to Riverside team.')),
    ).toBeTruthy();
  });

  it('lets the person say no', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`POST ${API}/preview`]: PREVIEW,
      [`POST ${API}/decline`]: { status: 204 },
      [`GET /api/people/${ACCOUNT.id}/sharing`]: {
        status: 200,
        body: { paused: false, pausedEmergencyLinks: false, people: [] },
      },
    });
    const user = userEvent.setup();
    renderApp(`/team-invitation/${TOKEN}`);
    await findPage('Priya Shah invites you to join Riverside team');
    await user.click(screen.getByRole('button', { name: 'No, thank you' }));
    await waitFor(() => expect(server.sent('POST', `${API}/decline`)).toHaveLength(1));
    expect(server.sent('POST', API)).toHaveLength(0);
    expect(
      await screen.findByText(wholeText('You said no to Riverside team. Nothing was shared.')),
    ).toBeTruthy();
  });

  it('says plainly when the link no longer works', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`POST ${API}/preview`]: {
        status: 404,
        body: {
          error: {
            code: 'WM_TEAM_INVITATION_INVALID',
            message: 'This invitation link does not work.',
          },
        },
      },
    });
    renderApp(`/team-invitation/${TOKEN}`);
    await findPage('This invitation has ended');
    expect(screen.getByText(/Ask the team to send a new one/)).toBeTruthy();
  });
});
