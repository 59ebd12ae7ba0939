import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ACCOUNT, fakeServer, type Reply, SIGNED_IN } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';
import { wholeText } from '../../testing/text.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const API = `/api/people/${ACCOUNT.id}`;
const REL = '6f1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b';
const riverside = {
  relationshipId: REL,
  accountName: '',
  knownAs: 'Riverside team',
  role: 'practitioner' as const,
  sections: { goals: 'view' as const },
  endsAt: null,
  advanceChoice: false,
  since: '2026-11-20T09:00:00.000Z',
  team: {
    id: 'team-1',
    name: 'Riverside team',
    serviceId: 'service-1',
    serviceName: 'Riverside Recovery',
  },
};
const overview = (people: unknown[] = []): Reply => ({
  status: 200,
  body: { paused: false, pausedEmergencyLinks: false, people },
});

describe('Connecting to a team on the Sharing page', () => {
  it('finds the team by its code, names the team and service, and connects with the sections chosen', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${API}/sharing`]: [overview(), overview([riverside])],
      [`POST ${API}/teams/preview`]: {
        status: 200,
        body: { teamName: 'Riverside team', serviceName: 'Riverside Recovery' },
      },
      [`POST ${API}/teams`]: {
        status: 201,
        body: {
          relationshipId: REL,
          teamName: 'Riverside team',
          serviceName: 'Riverside Recovery',
        },
      },
    });
    const user = userEvent.setup();
    renderApp('/sharing');
    await findPage('Sharing');
    const panel = within(
      screen.getByRole('heading', { name: 'Connect to a team' }).closest('section') as HTMLElement,
    );
    await user.type(panel.getByLabelText('Team code'), 'k7p-m3q-x9t-w');
    await user.click(panel.getByRole('button', { name: 'Find the team' }));

    expect(
      await panel.findByText(
        wholeText('This code is for Riverside team, part of Riverside Recovery.'),
      ),
    ).toBeTruthy();
    // Nothing is shared until the person says so.
    expect(server.sent('POST', `${API}/teams`)).toHaveLength(0);
    const choices = within(panel.getByRole('group', { name: 'What can Riverside team see?' }));
    await user.click(choices.getByLabelText('goals'));
    await user.click(panel.getByRole('button', { name: 'Connect to the team' }));

    await waitFor(() => expect(server.sent('POST', `${API}/teams`)).toHaveLength(1));
    const body = server.sent('POST', `${API}/teams`)[0]?.body as Record<string, unknown>;
    expect(body).toMatchObject({ code: 'k7p-m3q-x9t-w', endsAt: null, advanceChoice: false });
    expect(body.sections).toMatchObject({ goals: 'view', about_me: 'none', crisis_plan: 'none' });
    expect(
      await screen.findByText(wholeText('You are now connected to Riverside team.')),
    ).toBeTruthy();
    // The team is listed with the people who have access.
    expect(await screen.findByText(wholeText('A team at Riverside Recovery'))).toBeTruthy();
  });

  it('says on the code field when no team has the code, and connects nothing', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${API}/sharing`]: overview(),
      [`POST ${API}/teams/preview`]: {
        status: 404,
        body: {
          error: {
            code: 'WM_TEAM_CODE_UNKNOWN',
            message: 'We could not find a team with this code. Check the code with the team.',
            fields: [
              {
                field: 'code',
                message: 'We could not find a team with this code. Check the code with the team.',
              },
            ],
          },
        },
      },
    });
    const user = userEvent.setup();
    renderApp('/sharing');
    await findPage('Sharing');
    const panel = within(
      screen.getByRole('heading', { name: 'Connect to a team' }).closest('section') as HTMLElement,
    );
    await user.click(panel.getByRole('button', { name: 'Find the team' }));
    expect(panel.getByText('Enter the team code.')).toBeTruthy();
    expect(server.sent('POST', `${API}/teams/preview`)).toHaveLength(0);

    await user.type(panel.getByLabelText(/Team code/), 'AAA-AAA');
    await user.click(panel.getByRole('button', { name: 'Find the team' }));
    expect(
      await panel.findByText(
        'We could not find a team with this code. Check the code with the team.',
      ),
    ).toBeTruthy();
    expect(panel.queryByRole('button', { name: 'Connect to the team' })).toBeNull();
    expect(server.sent('POST', `${API}/teams`)).toHaveLength(0);
  });

  it('leaves a team, or its whole service, after asking once', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${API}/sharing`]: overview([riverside]),
      [`POST ${API}/teams/${REL}/leave`]: { status: 204 },
      [`POST ${API}/services/service-1/leave`]: { status: 204 },
    });
    const user = userEvent.setup();
    renderApp('/sharing');
    const card = within(
      (await screen.findByText(wholeText('A team at Riverside Recovery'))).closest(
        'li',
      ) as HTMLElement,
    );
    // The person can see what the team sees, as for anyone they share with.
    const preview = card.getByRole('link', { name: 'See what Riverside team sees' });
    expect(preview.getAttribute('href')).toBe(`/sharing/${REL}/preview`);
    // No "stop sharing": leaving is the way out.
    await user.click(card.getByRole('button', { name: 'Leave Riverside team' }));
    expect(
      card.getByText(
        'Leave Riverside team? The team will stop seeing your record straight away. You keep everything.',
      ),
    ).toBeTruthy();
    await user.click(card.getByRole('button', { name: 'Yes, leave the team' }));
    await waitFor(() => expect(server.sent('POST', `${API}/teams/${REL}/leave`)).toHaveLength(1));
    expect(await screen.findByText(wholeText('You have left Riverside team.'))).toBeTruthy();

    const again = within(
      (await screen.findByText(wholeText('A team at Riverside Recovery'))).closest(
        'li',
      ) as HTMLElement,
    );
    await user.click(again.getByRole('button', { name: 'Leave Riverside Recovery' }));
    await user.click(again.getByRole('button', { name: 'Yes, leave' }));
    await waitFor(() =>
      expect(server.sent('POST', `${API}/services/service-1/leave`)).toHaveLength(1),
    );
  });
});
