import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ACCOUNT, fakeServer, SIGNED_IN } from '../../testing/fake-server.ts';
import { moodChart, progressReads, showTable } from '../../testing/progress-answers.ts';
import { findPage, renderApp } from '../../testing/render.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const BASE = `/api/people/${ACCOUNT.id}`;
const checkin = (version: number, deletedAt: string | null) => ({
  id: 'checkin-1',
  version,
  takenAt: '2026-11-24T12:00:00.000Z',
  takenOn: '2026-11-24',
  scores: { mood: 4, 'own-feeling-connected': 6 },
  forMeOnly: false,
  note: 'A long day.',
  signsPresent: [],
  createdAt: '2026-11-24T12:00:00.000Z',
  updatedAt: '2026-11-25T09:00:00.000Z',
  deletedAt,
});
const moodSeries = (points: number) =>
  moodChart(
    Array.from({ length: points }, () => ({
      checkinId: 'checkin-1',
      takenAt: '2026-11-24T12:00:00.000Z',
      value: 4,
      hasNote: true,
    })),
  );

describe('Recently deleted check-ins on How I’m doing', () => {
  it('lists them below the check-in charts, and "Bring back" puts the check-in back on the chart', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      ...progressReads(BASE, {
        chart: [
          { status: 200, body: moodSeries(0) },
          { status: 200, body: moodSeries(1) },
        ],
      }),
      [`GET ${BASE}/checkins?deleted=true`]: [
        { status: 200, body: { items: [checkin(2, '2026-11-25T09:00:00.000Z')] } },
        { status: 200, body: { items: [] } },
      ],
      [`POST ${BASE}/checkins/checkin-1/undelete`]: { status: 200, body: checkin(3, null) },
    });
    const user = userEvent.setup();
    renderApp('/how-i-am-doing');
    const heading = await findPage('How I’m doing');
    expect(
      await screen.findByText(/You have not checked in during the last 3 months/),
    ).toBeTruthy();

    const section = await screen.findByRole('region', { name: 'Recently deleted check-ins' });
    // Below the check-in charts, above the questionnaires.
    const sections = screen
      .getAllByRole('region')
      .map((region) => region.getAttribute('aria-labelledby'));
    expect(sections.indexOf('deleted-checkins-title')).toBe(sections.indexOf('scales-title') + 1);
    expect(within(section).getByText(/^Check-in from .*2026.*$/)).toBeTruthy();
    expect(within(section).getByText('Mood: 4, feeling connected: 6')).toBeTruthy();

    await user.click(
      within(section).getByRole('button', { name: /^Bring back the check-in from / }),
    );
    expect(await screen.findByText(/^Check-in from .* is back\.$/)).toBeTruthy();
    expect(server.sent('POST', `${BASE}/checkins/checkin-1/undelete`)[0]?.headers['If-Match']).toBe(
      'W/"2"',
    );
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Recently deleted check-ins' })).toBeNull(),
    );
    // Back on the chart: its trend, and its table one tap away.
    expect(await screen.findByRole('heading', { level: 3, name: 'Mood' })).toBeTruthy();
    expect(document.activeElement).toBe(heading);
    await showTable(user, 'Mood');
    expect(
      await screen.findByRole('table', { name: 'Mood: each score with its date' }),
    ).toBeTruthy();
  });
});
