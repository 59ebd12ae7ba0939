// Nothing typed is lost on the browser's Back and Forward either: with unsaved changes the
// question is asked, the address stays on the page while it is, and leaving goes where the
// person was heading. With the browser's own history and address, as the app runs for real (the
// other page tests route in memory); in a file of its own, as a quick exit elsewhere would stay.
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_ABOUT_ME } from '../../domain/record/record.schema.ts';
import { App } from '../app.tsx';
import { ACCOUNT, fakeServer, SIGNED_IN } from '../testing/fake-server.ts';
import { findPage } from '../testing/render.tsx';
import { draftKey } from './draft-store.ts';
import { installHistoryGate } from './history-gate.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const BASE = `/api/people/${ACCOUNT.id}`;
const routes = {
  'GET /api/auth/session': SIGNED_IN,
  [`GET ${BASE}/about-me`]: {
    status: 200,
    body: {
      version: 3,
      updatedAt: '2026-11-25T10:00:00.000Z',
      data: { ...EMPTY_ABOUT_ME, strengths: 'I listen well.' },
    },
  },
  [`GET ${BASE}/goals`]: { status: 200, body: { items: [] } },
};

const draftKeys = () =>
  Object.keys(sessionStorage).filter((key) => key.startsWith('waymark.draft:'));

describe('Back and Forward with unsaved changes', () => {
  it('asks before Back or Forward leaves a page with unsaved changes, with the address put back while it asks', async () => {
    // The browser's own history and address here (not the in-memory router the other tests use).
    fakeServer(routes);
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/');
    // As main.tsx does before the first render.
    installHistoryGate();
    render(<App />);
    await findPage('My recovery');
    await user.click(screen.getAllByRole('link', { name: 'About me' })[0] as HTMLElement);
    await findPage('About me');
    const strengths = (await screen.findByLabelText('My strengths')) as HTMLTextAreaElement;
    await user.type(strengths, ' And I am kind.');
    await import('./leave-guard.ts');

    // Back (a key or the browser's button): the question, and the page stays as it is.
    window.history.back();
    const dialog = await screen.findByRole('dialog', { name: 'You have not saved your changes' });
    expect(window.location.pathname).toBe('/about-me');
    expect(document.activeElement).toBe(
      within(dialog).getByRole('button', { name: 'Stay on this page' }),
    );
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByRole('heading', { level: 1, name: 'About me' })).toBeTruthy();
    expect(strengths.value).toBe('I listen well. And I am kind.');
    expect(window.location.pathname).toBe('/about-me');

    // Back again, and this time leave: Home opens, and the words wait in the tab.
    window.history.back();
    await user.click(await screen.findByRole('button', { name: 'Leave for now' }));
    await findPage('My recovery');
    expect(window.location.pathname).toBe('/');
    expect(draftKeys()).toEqual([draftKey(ACCOUNT.id, ACCOUNT.id, 'about-me')]);

    // Forward to the form: nothing is unsaved on Home, so nobody is asked; the words are back.
    window.history.forward();
    await findPage('About me');
    expect(screen.queryByRole('dialog')).toBeNull();
    const back = (await screen.findByLabelText('My strengths')) as HTMLTextAreaElement;
    expect(back.value).toBe('I listen well. And I am kind.');
  });
});
