import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeServer, SIGNED_IN } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';
import { wholeText } from '../../testing/text.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const SAM = '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f';

describe('My people', () => {
  it('lists my teams with their codes, and the people connected with what each shares', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      'GET /api/teams': {
        status: 200,
        body: {
          teams: [
            {
              id: 't1',
              name: 'Riverside team',
              serviceName: 'Riverside',
              serviceId: 's1',
              code: 'K7P-M3Q-X9T-W',
              lead: false,
            },
            {
              id: 't2',
              name: 'Crisis team',
              serviceName: 'Riverside',
              serviceId: 's1',
              code: null,
              lead: false,
            },
          ],
        },
      },
      'GET /api/teams/my-people': {
        status: 200,
        body: {
          people: [
            {
              personId: SAM,
              name: 'Sam Okafor',
              relationshipId: 'r1',
              team: { id: 't1', name: 'Riverside team' },
              sections: { goals: 'view', crisis_plan: 'suggest' },
              since: '2026-11-20T09:00:00.000Z',
            },
          ],
        },
      },
    });
    renderApp('/my-people');
    await findPage('My people');
    expect(
      await screen.findByText(wholeText('Code to join Riverside team: K7P-M3Q-X9T-W')),
    ).toBeTruthy();
    expect(
      screen.getByText(wholeText('Crisis team has no code yet. Ask your service admin for one.')),
    ).toBeTruthy();
    // Each team can invite someone by email (decision 0050).
    expect(
      screen
        .getByRole('link', { name: 'Invite someone to Riverside team by email' })
        .getAttribute('href'),
    ).toBe('/teams/t1/invitations');
    const card = within(
      (await screen.findByRole('link', { name: 'Open the record of Sam Okafor' })).closest(
        'li',
      ) as HTMLElement,
    );
    expect(card.getByRole('link').getAttribute('href')).toBe(`/people/${SAM}`);
    expect(card.getByText(wholeText('Team: Riverside team'))).toBeTruthy();
    expect(card.getByText('Shared: goals and crisis plan')).toBeTruthy();
  });

  it('says so when nobody has joined and the practitioner is in no team', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      'GET /api/teams': { status: 200, body: { teams: [] } },
      'GET /api/teams/my-people': { status: 200, body: { people: [] } },
    });
    renderApp('/my-people');
    await findPage('My people');
    expect(await screen.findByText('You are not in a team yet.')).toBeTruthy();
    expect(await screen.findByText('Nobody has joined your teams yet.')).toBeTruthy();
  });
});
