// How far back "How I'm doing" shows: the last 3 months first; choosing another period asks the
// server for that period only, keeps the charts on screen until it answers, and says what is
// shown. Tables are one tap away.
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
const recent = { checkinId: 'c3', takenAt: '2026-11-20T08:00:00.000Z', value: 5 };
const lastSpring = { checkinId: 'c2', takenAt: '2026-04-02T08:00:00.000Z', value: 2 };
const yearsAgo = { checkinId: 'c1', takenAt: '2023-01-10T08:00:00.000Z', value: 6 };

function showProgress() {
  const server = fakeServer({
    'GET /api/auth/session': SIGNED_IN,
    [`GET ${BASE}/checkins?deleted=true`]: { status: 200, body: { items: [] } },
    ...progressReads(BASE, { chart: { status: 200, body: moodChart([recent]) } }),
    ...progressReads(
      BASE,
      { chart: { status: 200, body: moodChart([lastSpring, recent], '1y') } },
      '1y',
    ),
    ...progressReads(
      BASE,
      { chart: { status: 200, body: moodChart([yearsAgo, lastSpring, recent], 'all') } },
      'all',
    ),
  });
  renderApp('/how-i-am-doing');
  return server;
}

const periodGroup = () => screen.getByRole('group', { name: 'How far back to show' });
const checkinsAsked = (server: ReturnType<typeof fakeServer>) =>
  server.calls.filter((call) => call.path.startsWith(`${BASE}/checkins/series`)).map((c) => c.path);

describe('How far back How I’m doing shows', () => {
  it('shows the last 3 months first, asking for nothing older', async () => {
    const server = showProgress();
    await findPage('How I’m doing');
    await screen.findByRole('heading', { level: 3, name: 'Mood' });
    const radios = within(periodGroup()).getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((radio) => radio.labels?.[0]?.textContent)).toEqual([
      '3 months',
      '1 year',
      'All',
    ]);
    expect(within(periodGroup()).getByRole('radio', { name: '3 months' })).toHaveProperty(
      'checked',
      true,
    );
    expect(checkinsAsked(server)).toEqual([`${BASE}/checkins/series?period=3m`]);
    expect(server.sent('GET', `${BASE}/life-area-ratings?period=3m`)).toHaveLength(1);
    // Nothing is announced until the person changes it.
    expect(screen.getByText('Latest: 5 out of 7 on Friday 20 November 2026')).toBeTruthy();
    expect(periodGroup().parentElement?.querySelector('[role="status"]')?.textContent).toBe('');
  });

  it('asks for a year when a year is chosen, and says so once it is shown', async () => {
    const server = showProgress();
    await findPage('How I’m doing');
    await screen.findByRole('heading', { level: 3, name: 'Mood' });
    const user = userEvent.setup();
    await user.click(within(periodGroup()).getByRole('radio', { name: '1 year' }));

    expect(await screen.findByText('Showing the last year.')).toBeTruthy();
    expect(checkinsAsked(server)).toEqual([
      `${BASE}/checkins/series?period=3m`,
      `${BASE}/checkins/series?period=1y`,
    ]);
    expect(server.sent('GET', `${BASE}/life-area-ratings?period=1y`)).toHaveLength(1);
    // The choice keeps the focus, so the person can go on choosing.
    expect(document.activeElement).toBe(
      within(periodGroup()).getByRole('radio', { name: '1 year' }),
    );
    await showTable(user, 'Mood');
    const table = await screen.findByRole('table', { name: 'Mood: each score with its date' });
    const dates = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.children[0]?.textContent);
    expect(dates).toEqual(['Thursday 2 April 2026', 'Friday 20 November 2026']);
  });

  it('works from the keyboard', async () => {
    const server = showProgress();
    await findPage('How I’m doing');
    await screen.findByRole('heading', { level: 3, name: 'Mood' });
    const user = userEvent.setup();
    // Arrow keys between the radios are the browser's own (the browser tests use them).
    within(periodGroup()).getByRole('radio', { name: 'All' }).focus();
    await user.keyboard(' ');
    expect(await screen.findByText('Showing everything.')).toBeTruthy();
    expect(within(periodGroup()).getByRole('radio', { name: 'All' })).toHaveProperty(
      'checked',
      true,
    );
    await waitFor(() =>
      expect(checkinsAsked(server).at(-1)).toBe(`${BASE}/checkins/series?period=all`),
    );
    expect(screen.getByText('Latest: 5 out of 7 on Friday 20 November 2026')).toBeTruthy();
  });

  it('keeps the charts on screen while another period loads, saying it is loading', async () => {
    const held: (() => void)[] = [];
    const server = showProgress();
    await findPage('How I’m doing');
    await screen.findByRole('heading', { level: 3, name: 'Mood' });
    // The year's answer is held back until the test lets it go.
    const fetch = globalThis.fetch;
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
        if (String(input).includes('period=1y'))
          await new Promise<void>((resolve) => held.push(resolve));
        return fetch(input, init);
      }),
    );
    await userEvent.setup().click(within(periodGroup()).getByRole('radio', { name: '1 year' }));
    const status = periodGroup().parentElement?.querySelector('[role="status"]');
    await waitFor(() => expect(status?.textContent).toBe('Loading…'));
    expect(screen.getByRole('heading', { level: 3, name: 'Mood' })).toBeTruthy();
    // Both reads of the period (check-ins and ratings) are waiting.
    await waitFor(() => expect(held).toHaveLength(2));
    expect(screen.getByRole('heading', { level: 3, name: 'Mood' })).toBeTruthy();
    for (const release of held) release();
    await waitFor(() => expect(status?.textContent).toBe('Showing the last year.'));
    expect(server.sent('GET', `${BASE}/checkins/series?period=1y`)).toHaveLength(1);
  });

  it('keeps each table closed until asked for', async () => {
    showProgress();
    await findPage('How I’m doing');
    await screen.findByRole('heading', { level: 3, name: 'Mood' });
    expect(screen.queryByRole('table')).toBeNull();
    await showTable(userEvent.setup(), 'Mood');
    expect(
      await screen.findByRole('table', { name: 'Mood: each score with its date' }),
    ).toBeTruthy();
  });
});
