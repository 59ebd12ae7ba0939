import { cleanup, screen, within } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeServer, SIGNED_IN } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';
import { BASE } from '../plans/plans.test-data.ts';

afterEach(cleanup);

const CONSENT = `${BASE}/outcome-consent`;
const PAGE = {
  'GET /api/auth/session': SIGNED_IN,
  [`GET ${BASE}/sharing`]: {
    status: 200,
    body: { paused: false, pausedEmergencyLinks: false, people: [] },
  },
  [`GET ${BASE}/invitations`]: { status: 200, body: { items: [] } },
  [`GET ${BASE}/api-tokens`]: { status: 200, body: { items: [] } },
};
const OFF = { status: 200, body: { optedIn: false, optedInAt: null } };
const ON = { status: 200, body: { optedIn: true, optedInAt: '2026-11-30T10:00:00.000Z' } };

describe("Count in my service's reports", () => {
  it('is off until the person says so, explains what it means, and says when it changes', async () => {
    const server = fakeServer({
      ...PAGE,
      [`GET ${CONSENT}`]: [OFF, ON, OFF],
      [`PUT ${CONSENT}`]: [ON, OFF],
    });
    renderApp('/sharing');
    await findPage('Sharing');
    const section = screen.getByRole('region', { name: "Count in my service's reports" });
    await within(section).findByText("You do not count in your service's reports.");
    expect(within(section).getByText(/never name you/)).toBeTruthy();
    expect(within(section).getByText(/Small numbers are hidden/)).toBeTruthy();
    expect(within(section).getByText(/“for me only” never counts/)).toBeTruthy();
    expect(within(section).getByText(/You can stop at any time/)).toBeTruthy();

    await userEvent.click(within(section).getByRole('button', { name: 'Count me in' }));
    await screen.findByText("You now count, without your name, in your service's reports.");
    expect(server.sent('PUT', CONSENT)[0]?.body).toEqual({ optedIn: true });
    await within(section).findByText("You count in your service's reports.");

    await userEvent.click(within(section).getByRole('button', { name: 'Stop counting me' }));
    await screen.findByText("You no longer count in your service's reports.");
    expect(server.sent('PUT', CONSENT)[1]?.body).toEqual({ optedIn: false });
  });
});
