import { cleanup, screen } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeServer, SIGNED_IN, SIGNED_OUT } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const preview = {
  role: 'friend',
  knownAs: 'Jo',
  sections: { crisis_plan: 'view', goals: 'view' },
  endsAt: null,
  advanceChoice: false,
  expiresAt: '2026-12-06T10:00:00.000Z',
  personName: 'Sam',
};
const GONE = { status: 404, body: { error: { code: 'WM_NOT_FOUND', message: 'Not found' } } };

describe('Accepting an invitation', () => {
  it('shows who invites and what they would share, and opens the shared record on Accept', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      'GET /api/invitations/tok-1': { status: 200, body: preview },
      'POST /api/invitations/accept': {
        status: 200,
        body: { personId: 'sam-1', relationshipId: 'rel-1' },
      },
    });
    const { history } = renderApp('/invitations/tok-1');
    await findPage('Sam invites you to see their record');
    expect(screen.getByText('They know you as Jo, their friend.')).toBeTruthy();
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(expect.arrayContaining(['crisis plan', 'goals']));
    await userEvent.click(screen.getByRole('button', { name: 'Accept' }));
    expect(server.sent('POST', '/api/invitations/accept')[0]?.body).toEqual({ token: 'tok-1' });
    await vi.waitFor(() => expect(history.at(-1)).toBe('/people/sam-1'));
  });

  it('says the same thing for any invitation that does not work', async () => {
    fakeServer({ 'GET /api/auth/session': SIGNED_IN, 'GET /api/invitations/old': GONE });
    renderApp('/invitations/old');
    await findPage('This invitation does not work');
    expect(screen.getByText(/used already, withdrawn, or it may have expired/)).toBeTruthy();
  });

  it('sends a signed-out visitor to sign in first', async () => {
    fakeServer({ 'GET /api/auth/session': SIGNED_OUT });
    const { history } = renderApp('/invitations/tok-1');
    await findPage(/sign in/i);
    expect(history.at(-1)).toBe('/sign-in');
  });

  it('brings someone who creates an account first back to the invitation', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_OUT,
      'POST /api/auth/sign-up': { status: 201, body: SIGNED_IN.body },
      'GET /api/invitations/tok-1': { status: 200, body: preview },
    });
    const { history } = renderApp('/invitations/tok-1');
    await findPage(/sign in/i);
    await userEvent.click(screen.getAllByRole('link', { name: 'Create an account' })[0] as Element);
    await findPage('Create your Waymark account');
    await userEvent.type(screen.getByLabelText('Your name'), 'Jo');
    await userEvent.type(screen.getByLabelText('Email address'), 'jo@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'a long enough password');
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));
    await findPage('Sam invites you to see their record');
    expect(history.at(-1)).toBe('/invitations/tok-1');
  });

  it('looks a code up, shows what it offers, and accepts with it; a code that does not work is explained', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      'POST /api/invitations/preview': [GONE, { status: 200, body: preview }],
      'POST /api/invitations/accept': {
        status: 200,
        body: { personId: 'sam-1', relationshipId: 'rel-1' },
      },
    });
    const { history } = renderApp('/invitations/enter-code');
    await findPage('Have a code?');
    const field = screen.getByRole('textbox', { name: 'Invitation code' });
    await userEvent.type(field, 'k7p m3q x9t w');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Ask the person who invited you',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await findPage('Sam invites you to see their record');
    expect(server.sent('POST', '/api/invitations/accept')).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Accept' }));
    await vi.waitFor(() => expect(history.at(-1)).toBe('/people/sam-1'));
    expect(server.sent('POST', '/api/invitations/preview')[1]?.body).toEqual({
      code: 'K7PM3QX9TW',
    });
    expect(server.sent('POST', '/api/invitations/accept')[0]?.body).toEqual({ code: 'K7PM3QX9TW' });
  });
});
