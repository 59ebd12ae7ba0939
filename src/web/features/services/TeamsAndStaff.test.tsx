import { cleanup, screen, within } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeServer, SIGNED_IN_ADMIN } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const CRISIS = {
  id: 'team-1',
  name: 'Crisis team',
  createdAt: '2026-11-30T10:00:00.000Z',
  memberCount: 2,
};
const RECOVERY = {
  id: 'team-2',
  name: 'Recovery team',
  createdAt: '2026-11-30T10:00:00.000Z',
  memberCount: 0,
};
const SAM = {
  accountId: 'staff-1',
  name: 'Sam Patel',
  email: 'sam@example.com',
  role: 'practitioner',
  teams: [{ id: 'team-1', name: 'Crisis team', lead: false }],
  setUp: true,
  disabled: false,
};
const SERVICE_ADMIN_STAFF = {
  accountId: 'admin-1',
  name: 'Alex',
  email: 'alex.admin@example.com',
  role: 'service_admin',
  teams: [],
  setUp: true,
  disabled: false,
};
const NAME_TAKEN = {
  status: 409,
  body: {
    error: {
      code: 'WM_TEAM_NAME_TAKEN',
      message: 'You already have a team with this name. Choose another name.',
      field: 'name',
      fields: [
        {
          field: 'name',
          code: 'error.WM_TEAM_NAME_TAKEN',
          message: 'You already have a team with this name. Choose another name.',
        },
      ],
    },
  },
};

describe('A service admin’s teams', () => {
  it('goes from Your service to Teams, which lists each team with how many staff are in it', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN_ADMIN,
      'GET /api/my-service': {
        status: 200,
        body: { id: 'service-1', name: 'Riverside Recovery Team', role: 'service_admin' },
      },
      'GET /api/service/teams': { status: 200, body: { teams: [CRISIS, RECOVERY] } },
    });
    renderApp('/');
    await findPage('Your service');
    await userEvent.click(await screen.findByRole('link', { name: 'Teams' }));
    await findPage('Teams');
    expect(await screen.findByRole('heading', { name: 'Crisis team' })).toBeTruthy();
    expect(screen.getByText('2 members')).toBeTruthy();
    expect(screen.getByText('0 members')).toBeTruthy();
  });

  it('adds a team, checking the name first and showing the server’s refusal on the field', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN_ADMIN,
      'GET /api/service/teams': [
        { status: 200, body: { teams: [] } },
        { status: 200, body: { teams: [RECOVERY] } },
      ],
      'POST /api/service/teams': [NAME_TAKEN, { status: 201, body: RECOVERY }],
    });
    renderApp('/service/teams');
    await findPage('Teams');
    expect(await screen.findByText('You have no teams yet.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Add team' }));
    expect(await screen.findByRole('link', { name: 'Enter a name for the team' })).toBeTruthy();
    expect(server.sent('POST', '/api/service/teams')).toEqual([]);

    await userEvent.type(screen.getByLabelText('Team name'), 'Crisis team');
    await userEvent.click(screen.getByRole('button', { name: 'Add team' }));
    expect(
      await screen.findByRole('link', { name: /already have a team with this name/ }),
    ).toBeTruthy();
    expect(screen.getByLabelText('Team name').getAttribute('aria-invalid')).toBe('true');

    await userEvent.clear(screen.getByLabelText('Team name'));
    await userEvent.type(screen.getByLabelText('Team name'), 'Recovery team');
    await userEvent.click(screen.getByRole('button', { name: 'Add team' }));
    expect(await screen.findByText('Team added.')).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Recovery team' })).toBeTruthy();
    expect(server.sent('POST', '/api/service/teams').at(-1)?.body).toEqual({
      name: 'Recovery team',
    });
  });

  it('renames a team', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN_ADMIN,
      'GET /api/service/teams': [
        { status: 200, body: { teams: [CRISIS] } },
        { status: 200, body: { teams: [{ ...CRISIS, name: 'Home treatment team' }] } },
      ],
      'PUT /api/service/teams/team-1': {
        status: 200,
        body: { ...CRISIS, name: 'Home treatment team' },
      },
    });
    renderApp('/service/teams');
    await findPage('Teams');
    await userEvent.click(await screen.findByRole('button', { name: 'Rename Crisis team' }));
    const field = screen.getByLabelText('New name for Crisis team');
    await userEvent.clear(field);
    await userEvent.type(field, 'Home treatment team');
    await userEvent.click(screen.getByRole('button', { name: 'Save name' }));
    expect(await screen.findByText('Team renamed.')).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Home treatment team' })).toBeTruthy();
    expect(server.sent('PUT', '/api/service/teams/team-1')[0]?.body).toEqual({
      name: 'Home treatment team',
    });
  });

  it('makes a team’s code for people to join with, and a new one in its place', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN_ADMIN,
      'GET /api/service/teams': { status: 200, body: { teams: [CRISIS] } },
      'GET /api/service/teams/team-1/code': { status: 200, body: { code: null } },
      'POST /api/service/teams/team-1/code': [
        { status: 200, body: { code: 'KX4P-9TRM' } },
        { status: 200, body: { code: 'B7QW-2LHD' } },
      ],
    });
    renderApp('/service/teams');
    await findPage('Teams');
    expect(await screen.findByText(/This team has no code yet/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Make a code for Crisis team' }));
    expect(await screen.findByText(/Code to join this team: KX4P-9TRM/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Make a new code for Crisis team' }));
    expect(await screen.findByText(/Code to join this team: B7QW-2LHD/)).toBeTruthy();
    expect(server.sent('POST', '/api/service/teams/team-1/code')).toHaveLength(2);
  });

  it('closes a team after asking once', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN_ADMIN,
      'GET /api/service/teams': [
        { status: 200, body: { teams: [CRISIS] } },
        { status: 200, body: { teams: [] } },
      ],
      'GET /api/service/teams/team-1/code': { status: 200, body: { code: 'KX4P-9TRM' } },
      'POST /api/service/teams/team-1/archive': { status: 204 },
    });
    renderApp('/service/teams');
    await findPage('Teams');
    await userEvent.click(await screen.findByRole('button', { name: 'Close Crisis team' }));
    expect(
      screen.getByText(/Its staff lose what people shared with the team at once/),
    ).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Yes, close the team' }));
    expect(await screen.findByText('Crisis team is closed.')).toBeTruthy();
    expect(server.sent('POST', '/api/service/teams/team-1/archive')).toHaveLength(1);
    expect(await screen.findByText('You have no teams yet.')).toBeTruthy();
  });

  it('tells someone who runs no service that there is none', async () => {
    fakeServer({ 'GET /api/auth/session': SIGNED_IN_ADMIN });
    renderApp('/service/teams');
    await findPage('Teams');
    expect(await screen.findByText(/could not find your service/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add team' })).toBeNull();
  });
});

describe('A service admin’s staff', () => {
  it('invites a practitioner and shows the set-up link once, with a copy button', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN_ADMIN,
      'GET /api/service/teams': { status: 200, body: { teams: [CRISIS, RECOVERY] } },
      'GET /api/service/staff': [
        { status: 200, body: { staff: [SERVICE_ADMIN_STAFF] } },
        {
          status: 200,
          body: {
            staff: [
              SERVICE_ADMIN_STAFF,
              { ...SAM, name: 'Jo Smith', teams: [RECOVERY], setUp: false },
            ],
          },
        },
      ],
      'POST /api/service/staff': {
        status: 201,
        body: {
          staff: { ...SAM, name: 'Jo Smith', email: 'jo@example.com', setUp: false },
          setUpLink: 'http://localhost:3000/set-up/abc123',
          expiresAt: '2026-12-07T10:00:00.000Z',
          emailed: false,
        },
      },
    });
    renderApp('/service/staff');
    await findPage('Staff');
    await userEvent.click(await screen.findByRole('button', { name: 'Invite' }));
    expect(await screen.findByRole('link', { name: 'Enter their full name' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Choose a team' })).toBeTruthy();
    expect(server.sent('POST', '/api/service/staff')).toEqual([]);

    await userEvent.type(screen.getByLabelText('Full name'), 'Jo Smith');
    await userEvent.type(screen.getByLabelText('Email address'), 'Jo@Example.com');
    await userEvent.selectOptions(screen.getByLabelText('Team'), 'Recovery team');
    await userEvent.click(screen.getByRole('button', { name: 'Invite' }));
    const panel = await screen.findByRole('region', { name: 'Pass this link on to Jo Smith' });
    expect(panel.textContent).toContain('Jo Smith is now in Recovery team.');
    expect((within(panel).getByLabelText('Set-up link') as HTMLTextAreaElement).value).toBe(
      'http://localhost:3000/set-up/abc123',
    );
    expect(within(panel).getByRole('button', { name: 'Copy link' })).toBeTruthy();
    expect(server.sent('POST', '/api/service/staff')[0]?.body).toEqual({
      name: 'Jo Smith',
      email: 'jo@example.com',
      teamId: 'team-2',
    });
    expect(await screen.findByRole('heading', { name: 'Jo Smith' })).toBeTruthy();
    expect(screen.getByText(/Not set up yet/)).toBeTruthy();
  });

  it('shows a refused email on the email field', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN_ADMIN,
      'GET /api/service/teams': { status: 200, body: { teams: [CRISIS] } },
      'GET /api/service/staff': { status: 200, body: { staff: [SERVICE_ADMIN_STAFF] } },
      'POST /api/service/staff': {
        status: 409,
        body: {
          error: {
            code: 'WM_STAFF_EMAIL_IN_USE',
            message:
              'This email address is used by another Waymark account, so it cannot be used here. Ask them for another one.',
            field: 'email',
            fields: [
              {
                field: 'email',
                code: 'error.WM_STAFF_EMAIL_IN_USE',
                message: 'This email address is used by another Waymark account.',
              },
            ],
          },
        },
      },
    });
    renderApp('/service/staff');
    await findPage('Staff');
    await userEvent.type(await screen.findByLabelText('Full name'), 'Jo Smith');
    await userEvent.type(screen.getByLabelText('Email address'), 'person@example.com');
    // The only team is chosen already.
    await userEvent.click(screen.getByRole('button', { name: 'Invite' }));
    expect(
      await screen.findByRole('link', { name: /used by another Waymark account/ }),
    ).toBeTruthy();
    expect(screen.getByLabelText('Email address').getAttribute('aria-invalid')).toBe('true');
  });

  it('says to add a team first when there is none', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN_ADMIN,
      'GET /api/service/teams': { status: 200, body: { teams: [] } },
      'GET /api/service/staff': { status: 200, body: { staff: [SERVICE_ADMIN_STAFF] } },
    });
    renderApp('/service/staff');
    await findPage('Staff');
    expect(await screen.findByText(/Add a team before you invite staff/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to teams' }).getAttribute('href')).toBe(
      '/service/teams',
    );
    expect(screen.queryByRole('button', { name: 'Invite' })).toBeNull();
  });

  it('turns a practitioner off at once, and on again', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN_ADMIN,
      'GET /api/service/teams': { status: 200, body: { teams: [CRISIS] } },
      'GET /api/service/staff': [
        { status: 200, body: { staff: [SERVICE_ADMIN_STAFF, SAM] } },
        { status: 200, body: { staff: [SERVICE_ADMIN_STAFF, { ...SAM, disabled: true }] } },
        { status: 200, body: { staff: [SERVICE_ADMIN_STAFF, SAM] } },
      ],
      'POST /api/service/staff/staff-1/disable': { status: 200, body: { ...SAM, disabled: true } },
      'POST /api/service/staff/staff-1/enable': { status: 200, body: SAM },
    });
    renderApp('/service/staff');
    await findPage('Staff');
    // The admin's own account has no such button.
    expect(await screen.findByRole('button', { name: 'Turn off Sam Patel' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Turn off Alex' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Turn off Sam Patel' }));
    const status = screen
      .getAllByRole('status')
      .find((region) => region.classList.contains('notice'));
    await vi.waitFor(() =>
      expect(status?.textContent).toBe(
        'Sam Patel can no longer sign in, and is signed out everywhere.',
      ),
    );
    expect(server.sent('POST', '/api/service/staff/staff-1/disable')).toHaveLength(1);
    await userEvent.click(await screen.findByRole('button', { name: 'Turn on Sam Patel' }));
    await vi.waitFor(() => expect(status?.textContent).toBe('Sam Patel can sign in again.'));
    expect(server.sent('POST', '/api/service/staff/staff-1/enable')).toHaveLength(1);
  });

  it('takes a practitioner out of one team after asking, and leaves them as they were if not', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN_ADMIN,
      'GET /api/service/teams': { status: 200, body: { teams: [CRISIS] } },
      'GET /api/service/staff': [
        { status: 200, body: { staff: [SERVICE_ADMIN_STAFF, SAM] } },
        { status: 200, body: { staff: [SERVICE_ADMIN_STAFF, { ...SAM, teams: [] }] } },
      ],
      'DELETE /api/service/teams/team-1/members/staff-1': { status: 204 },
    });
    renderApp('/service/staff');
    await findPage('Staff');
    const takeOut = await screen.findByRole('button', {
      name: 'Take Sam Patel out of Crisis team',
    });
    await userEvent.click(takeOut);
    // Asked first: "No" sends nothing.
    expect(await screen.findByText(/Take Sam Patel out of Crisis team\? From now on/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(server.sent('DELETE', '/api/service/teams/team-1/members/staff-1')).toHaveLength(0);
    await userEvent.click(
      screen.getByRole('button', { name: 'Take Sam Patel out of Crisis team' }),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Yes, take them out' }));
    const status = screen
      .getAllByRole('status')
      .find((region) => region.classList.contains('notice'));
    await vi.waitFor(() =>
      expect(status?.textContent).toBe('Sam Patel is no longer in Crisis team.'),
    );
    expect(server.sent('DELETE', '/api/service/teams/team-1/members/staff-1')).toHaveLength(1);
    expect(await screen.findByText(/No team/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Take Sam Patel out/ })).toBeNull();
  });

  it('makes a practitioner the lead of a team, and stops it, saying so each time', async () => {
    const LEADING = { ...SAM, teams: [{ id: 'team-1', name: 'Crisis team', lead: true }] };
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN_ADMIN,
      'GET /api/service/teams': { status: 200, body: { teams: [CRISIS] } },
      'GET /api/service/staff': [
        { status: 200, body: { staff: [SERVICE_ADMIN_STAFF, SAM] } },
        { status: 200, body: { staff: [SERVICE_ADMIN_STAFF, LEADING] } },
        { status: 200, body: { staff: [SERVICE_ADMIN_STAFF, SAM] } },
      ],
      'PUT /api/service/teams/team-1/members/staff-1/lead': [
        { status: 200, body: LEADING },
        { status: 200, body: SAM },
      ],
    });
    renderApp('/service/staff');
    await findPage('Staff');
    await userEvent.click(
      await screen.findByRole('button', { name: 'Make Sam Patel a lead of Crisis team' }),
    );
    const status = screen
      .getAllByRole('status')
      .find((region) => region.classList.contains('notice'));
    await vi.waitFor(() =>
      expect(status?.textContent).toBe('Sam Patel now leads Crisis team and can see its outcomes.'),
    );
    expect(await screen.findByText(/Crisis team \(lead\)/)).toBeTruthy();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Stop Sam Patel being a lead of Crisis team' }),
    );
    await vi.waitFor(() =>
      expect(status?.textContent).toBe('Sam Patel no longer leads Crisis team.'),
    );
    expect(
      server.sent('PUT', '/api/service/teams/team-1/members/staff-1/lead').map((call) => call.body),
    ).toEqual([{ lead: true }, { lead: false }]);
  });
});
