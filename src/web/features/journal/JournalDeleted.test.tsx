import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ACCOUNT, fakeServer, SIGNED_IN } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const BASE = `/api/people/${ACCOUNT.id}/journal`;
const entry = (id: string, version: number, date: string, text: string, deleted = true) => ({
  id,
  version,
  date,
  mood: null,
  text,
  createdAt: `${date}T20:00:00.000Z`,
  updatedAt: '2026-11-25T13:58:00.000Z',
  deletedAt: deleted ? '2026-11-25T13:58:00.000Z' : null,
});
const river = entry('entry-1', 3, '2026-11-24', 'Walked by the river.\nIt rained.');
const canal = entry('entry-2', 2, '2026-11-20', 'Sat by the canal.');

describe('Recently deleted journal entries', () => {
  it('lists them with their date and first words, and "Bring back" sends the deleted version', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${BASE}`]: [
        { status: 200, body: { items: [] } },
        { status: 200, body: { items: [{ ...river, version: 4, deletedAt: null }] } },
      ],
      [`GET ${BASE}?deleted=true`]: [
        { status: 200, body: { items: [river, canal] } },
        { status: 200, body: { items: [canal] } },
      ],
      [`POST ${BASE}/entry-1/undelete`]: {
        status: 200,
        body: { ...river, version: 4, deletedAt: null },
      },
    });
    const user = userEvent.setup();
    renderApp('/journal');
    await findPage('Journal');

    const section = await screen.findByRole('region', { name: 'Recently deleted entries' });
    expect(within(section).getByText(/in the last 30 days/)).toBeTruthy();
    const items = within(section).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(
      within(items[0] as HTMLElement).getByText(/Entry from Tuesday 24 November 2026/),
    ).toBeTruthy();
    expect(within(items[0] as HTMLElement).getByText('Walked by the river.')).toBeTruthy();
    expect(within(items[0] as HTMLElement).getByText(/\(deleted .*2026.*\)/)).toBeTruthy();
    // Each button says which entry it brings back, and is described by the entry's first words.
    const button = within(section).getByRole('button', {
      name: 'Bring back the entry from Tuesday 24 November 2026',
      description: 'Walked by the river.',
    });
    const next = within(section).getByRole('button', {
      name: 'Bring back the entry from Friday 20 November 2026',
    });

    button.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Entry from Tuesday 24 November 2026 is back.')).toBeTruthy();
    expect(server.sent('POST', `${BASE}/entry-1/undelete`)[0]?.headers['If-Match']).toBe('W/"3"');
    expect(await screen.findByRole('link', { name: 'Tuesday 24 November 2026' })).toBeTruthy();
    await waitFor(() => expect(within(section).getAllByRole('listitem')).toHaveLength(1));
    // The pressed button has gone; the keyboard is on the next one.
    expect(document.activeElement).toBe(next);
  });

  it('after the last one comes back, the section goes and focus moves to the page heading', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${BASE}`]: { status: 200, body: { items: [] } },
      [`GET ${BASE}?deleted=true`]: [
        { status: 200, body: { items: [canal] } },
        { status: 200, body: { items: [] } },
      ],
      [`POST ${BASE}/entry-2/undelete`]: {
        status: 200,
        body: { ...canal, version: 3, deletedAt: null },
      },
    });
    const user = userEvent.setup();
    renderApp('/journal');
    const heading = await findPage('Journal');
    await user.click(
      await screen.findByRole('button', {
        name: 'Bring back the entry from Friday 20 November 2026',
      }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Recently deleted entries' })).toBeNull(),
    );
    expect(document.activeElement).toBe(heading);
  });

  it('says when bringing one back failed, and keeps it listed', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${BASE}`]: { status: 200, body: { items: [] } },
      [`GET ${BASE}?deleted=true`]: { status: 200, body: { items: [canal] } },
      [`POST ${BASE}/entry-2/undelete`]: {
        status: 412,
        body: {
          error: { code: 'WM_VERSION_CONFLICT', message: 'This changed somewhere else.' },
          current: canal,
        },
      },
    });
    const user = userEvent.setup();
    renderApp('/journal');
    await findPage('Journal');
    await user.click(
      await screen.findByRole('button', {
        name: 'Bring back the entry from Friday 20 November 2026',
      }),
    );
    expect((await screen.findByRole('alert')).textContent).toMatch(/changed somewhere else/);
    expect(screen.getByRole('region', { name: 'Recently deleted entries' })).toBeTruthy();
  });

  it('when the deleted entries cannot be loaded, says so there and still shows the journal', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${BASE}`]: {
        status: 200,
        body: { items: [entry('entry-3', 1, '2026-11-23', 'Good day.', false)] },
      },
      [`GET ${BASE}?deleted=true`]: [
        { status: 500, body: { error: { code: 'WM_INTERNAL', message: 'Sorry' } } },
        { status: 200, body: { items: [canal] } },
      ],
    });
    const user = userEvent.setup();
    renderApp('/journal');
    await findPage('Journal');
    expect(await screen.findByRole('link', { name: 'Monday 23 November 2026' })).toBeTruthy();
    const section = await screen.findByRole('region', { name: 'Recently deleted entries' });
    expect(within(section).getByText(/could not load what you deleted recently/)).toBeTruthy();
    await user.click(within(section).getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByRole('button', {
        name: 'Bring back the entry from Friday 20 November 2026',
      }),
    ).toBeTruthy();
    expect(server.sent('GET', `${BASE}?deleted=true`)).toHaveLength(2);
  });
});
