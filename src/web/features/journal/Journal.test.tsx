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
const entry = (version: number, text: string, mood: number | null = 3) => ({
  id: 'entry-1',
  version,
  date: '2026-11-24',
  mood,
  text,
  createdAt: '2026-11-24T20:00:00.000Z',
  updatedAt: '2026-11-25T13:58:00.000Z',
  deletedAt: null,
});

describe('Journal', () => {
  it('says it is private, lists entries by date and searches only the person’s own entries', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${BASE}`]: { status: 200, body: { items: [entry(1, 'Walked by the river.')] } },
      [`GET ${BASE}/search?q=river`]: {
        status: 200,
        body: {
          items: [entry(1, 'Walked by the river.')],
          searched: 1,
          unreadable: 0,
          olderNotSearched: false,
        },
      },
    });
    const user = userEvent.setup();
    renderApp('/journal');
    await findPage('Journal');
    expect(screen.getByText(/Your journal is private/)).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Tuesday 24 November 2026' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(
      await screen.findByRole('link', { name: 'Enter a word or phrase to look for' }),
    ).toBeTruthy();
    await user.type(screen.getByLabelText('Word or phrase'), 'river');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('Entries with “river”: 1.')).toBeTruthy();
    expect(server.sent('GET', `${BASE}/search?q=river`)).toHaveLength(1);
  });

  it('shows an entry the server cannot read as a plain line, beside the entries it can', async () => {
    const unreadable = {
      ...entry(2, ''),
      id: 'entry-2',
      date: '2026-11-20',
      mood: null,
      text: null,
      unreadable: true,
    };
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${BASE}`]: {
        status: 200,
        body: { items: [entry(1, 'Walked by the river.'), unreadable] },
      },
      [`GET ${BASE}/search?q=river`]: {
        status: 200,
        body: {
          items: [entry(1, 'Walked by the river.')],
          searched: 2,
          unreadable: 1,
          olderNotSearched: false,
        },
      },
    });
    const user = userEvent.setup();
    renderApp('/journal');
    await findPage('Journal');
    expect(await screen.findByRole('link', { name: 'Tuesday 24 November 2026' })).toBeTruthy();
    expect(screen.getByText('Walked by the river.')).toBeTruthy();
    const line = screen.getByText(/This entry cannot be read with the keys this server has/);
    const card = line.closest('li') as HTMLElement;
    expect(within(card).getByRole('heading', { name: 'Friday 20 November 2026' })).toBeTruthy();
    expect(within(card).queryByRole('link')).toBeNull();

    await user.type(screen.getByLabelText('Word or phrase'), 'river');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    const status = await screen.findByText(/Entries with “river”: 1\./);
    expect(status.textContent).toContain(
      'Entries that cannot be read with the keys this server has were not searched: 1.',
    );
    expect(status.textContent).not.toContain('older');
  });

  it('on a conflict shows both versions and "Save my version instead" sends with the newer version', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${BASE}/entry-1`]: { status: 200, body: entry(2, 'First words.') },
      [`PUT ${BASE}/entry-1`]: [
        {
          status: 412,
          body: {
            error: { code: 'WM_VERSION_CONFLICT', message: 'Changed elsewhere' },
            current: entry(3, 'Words from my phone.'),
          },
        },
        { status: 200, body: entry(4, 'Words from my laptop.') },
      ],
    });
    const user = userEvent.setup();
    renderApp('/journal/entry-1');
    await findPage('Change a journal entry');
    const text = (await screen.findByLabelText('What you want to write')) as HTMLTextAreaElement;
    await user.clear(text);
    await user.type(text, 'Words from my laptop.');
    await user.click(screen.getByRole('button', { name: 'Save entry' }));

    const panel = await screen.findByRole('region', { name: 'This changed somewhere else' });
    expect(within(panel).getByText('Words from my phone.')).toBeTruthy();
    expect(within(panel).getByText('Words from my laptop.')).toBeTruthy();
    expect(text.value).toBe('Words from my laptop.');
    await user.click(within(panel).getByRole('button', { name: /my version/i }));
    await screen.findByText(/Saved at \d\d:\d\d/);
    const puts = server.sent('PUT', `${BASE}/entry-1`);
    expect(puts.map((call) => call.headers['If-Match'])).toEqual(['W/"2"', 'W/"3"']);
    expect(puts[1]?.body).toEqual({ date: '2026-11-24', mood: 3, text: 'Words from my laptop.' });
  });

  it('deletes an entry after asking once, then Undo brings it back with the deleted version', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${BASE}/entry-1`]: { status: 200, body: entry(2, 'Walked by the river.') },
      [`DELETE ${BASE}/entry-1`]: {
        status: 200,
        body: { ...entry(3, 'Walked by the river.'), deletedAt: '2026-11-25T14:00:00.000Z' },
      },
      [`POST ${BASE}/entry-1/undelete`]: { status: 200, body: entry(4, 'Walked by the river.') },
      [`GET ${BASE}`]: [
        { status: 200, body: { items: [] } },
        { status: 200, body: { items: [entry(4, 'Walked by the river.')] } },
      ],
    });
    const user = userEvent.setup();
    renderApp('/journal/entry-1');
    await findPage('Change a journal entry');
    await user.click(await screen.findByRole('button', { name: 'Delete this entry' }));
    const question = screen.getByText(/Delete your entry from Tuesday 24 November 2026\?/);
    await waitFor(() => expect(document.activeElement).toBe(question));
    expect(server.sent('DELETE', `${BASE}/entry-1`)).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Yes, delete it' }));

    await findPage('Journal');
    const notice = await screen.findByText('Entry from Tuesday 24 November 2026 deleted.');
    const region = notice.closest('[role="status"]') as HTMLElement;
    expect(region).toBeTruthy();
    expect(server.sent('DELETE', `${BASE}/entry-1`)[0]?.headers['If-Match']).toBe('W/"2"');
    expect(await screen.findByText(/You have not written anything yet/)).toBeTruthy();

    await user.click(within(region).getByRole('button', { name: 'Undo' }));
    expect(
      await within(region).findByText('Entry from Tuesday 24 November 2026 is back.'),
    ).toBeTruthy();
    expect(server.sent('POST', `${BASE}/entry-1/undelete`)[0]?.headers['If-Match']).toBe('W/"3"');
    expect(await screen.findByRole('link', { name: 'Tuesday 24 November 2026' })).toBeTruthy();
  });
});
