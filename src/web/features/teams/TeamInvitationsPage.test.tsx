import { cleanup, screen, within } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeServer, SIGNED_IN_ADMIN } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';
import { wholeText } from '../../testing/text.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const API = '/api/teams/team-1/invitations';
const ID = '6f1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b';
const WAITING = {
  id: ID,
  email: 'sam@example.com',
  message: null,
  invitedBy: 'Priya Shah',
  createdAt: '2026-11-30T10:00:00.000Z',
  expiresAt: '2026-12-14T10:00:00.000Z',
};
const list = (invitations: unknown[]) => ({
  status: 200,
  body: { team: { id: 'team-1', name: 'Riverside team' }, invitations },
});

describe('Inviting people to a team by email', () => {
  it('sends an invitation with a note, and lists it as waiting', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN_ADMIN,
      [`GET ${API}`]: [list([]), list([WAITING])],
      [`POST ${API}`]: { status: 201, body: WAITING },
    });
    const user = userEvent.setup();
    renderApp('/teams/team-1/invitations');
    await findPage('Invite people to Riverside team');
    expect(screen.getByText('No invitations are waiting for an answer.')).toBeTruthy();
    await user.type(screen.getByLabelText('Their email address'), 'sam@example.com');
    await user.type(screen.getByLabelText(/A short note/), 'See you soon');
    await user.click(screen.getByRole('button', { name: 'Send the invitation' }));
    expect(await screen.findByRole('heading', { name: 'sam@example.com' })).toBeTruthy();
    expect(server.sent('POST', API)[0]?.body).toEqual({
      email: 'sam@example.com',
      message: 'See you soon',
    });
    expect(screen.getByText(wholeText(/^Sent by Priya Shah on /))).toBeTruthy();
  });

  it('checks the email before sending', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN_ADMIN,
      [`GET ${API}`]: list([]),
    });
    const user = userEvent.setup();
    renderApp('/teams/team-1/invitations');
    await findPage('Invite people to Riverside team');
    await user.type(screen.getByLabelText('Their email address'), 'not an email');
    await user.click(screen.getByRole('button', { name: 'Send the invitation' }));
    expect((await screen.findByLabelText('Their email address')).getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(server.sent('POST', API)).toHaveLength(0);
  });

  it('takes an invitation back after asking', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN_ADMIN,
      [`GET ${API}`]: [list([WAITING]), list([])],
      [`DELETE ${API}/${ID}`]: { status: 204 },
    });
    const user = userEvent.setup();
    renderApp('/teams/team-1/invitations');
    await findPage('Invite people to Riverside team');
    await user.click(
      await screen.findByRole('button', { name: 'Take back the invitation to sam@example.com' }),
    );
    const panel = within(
      (await screen.findByText(/The link in the email will stop working/)).closest(
        '.panel',
      ) as HTMLElement,
    );
    await user.click(panel.getByRole('button', { name: 'Yes, take it back' }));
    expect(await screen.findByText('No invitations are waiting for an answer.')).toBeTruthy();
    expect(server.sent('DELETE', `${API}/${ID}`)).toHaveLength(1);
  });
});
