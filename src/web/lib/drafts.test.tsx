// Nothing typed is lost: drafts kept in the tab, the question before leaving a page with
// unsaved changes, and what signing out removes. Through whole pages, as the person meets them.
import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_ABOUT_ME } from '../../domain/record/record.schema.ts';
import { ACCOUNT, fakeServer, SIGNED_IN } from '../testing/fake-server.ts';
import { findPage, renderApp } from '../testing/render.tsx';
import { draftKey } from './draft-store.ts';
import { leaving, quickExit } from './quick-exit.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const BASE = `/api/people/${ACCOUNT.id}`;
const ABOUT_ME = {
  version: 3,
  updatedAt: '2026-11-25T10:00:00.000Z',
  data: { ...EMPTY_ABOUT_ME, strengths: 'I listen well.' },
};
const routes = {
  'GET /api/auth/session': SIGNED_IN,
  [`GET ${BASE}/about-me`]: { status: 200, body: ABOUT_ME },
  [`GET ${BASE}/goals`]: { status: 200, body: { items: [] } },
  'POST /api/auth/sign-out': { status: 204 },
};

const draftKeys = () =>
  Object.keys(sessionStorage).filter((key) => key.startsWith('waymark.draft:'));

/** The leave question is loaded once a form has changes; wait until it is listening. */
const guardReady = () => import('./leave-guard.ts');

async function typeInAboutMe(words: string) {
  // The pages route in memory; the leave question reads the browser's address.
  window.history.replaceState(null, '', '/about-me');
  renderApp('/about-me');
  await findPage('About me');
  const strengths = (await screen.findByLabelText('My strengths')) as HTMLTextAreaElement;
  await userEvent.type(strengths, words);
  await guardReady();
  return strengths;
}

describe('Drafts', () => {
  it('puts back words typed and not saved when the page opens again, says so, and throws them away on request', async () => {
    fakeServer(routes);
    await typeInAboutMe(' And I am kind.');
    expect(draftKeys()).toEqual([draftKey(ACCOUNT.id, ACCOUNT.id, 'about-me')]);
    cleanup();

    renderApp('/about-me');
    await findPage('About me');
    const strengths = (await screen.findByLabelText('My strengths')) as HTMLTextAreaElement;
    expect(strengths.value).toBe('I listen well. And I am kind.');
    const status = await screen.findByText(/^You have changes here that you have not saved yet/);
    expect(status.closest('[role="status"]')).not.toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Throw away these changes' }));
    expect(strengths.value).toBe('I listen well.');
    await screen.findByText('Your changes were thrown away. You are looking at what is saved.');
    expect(draftKeys()).toEqual([]);
  });

  it('asks before leaving a page with unsaved changes: Stay keeps it, Leave for now goes and the words come back', async () => {
    fakeServer(routes);
    const user = userEvent.setup();
    const strengths = await typeInAboutMe(' And I am kind.');
    const home = () => screen.getAllByRole('link', { name: 'Home' })[0] as HTMLElement;

    await user.click(home());
    const dialog = await screen.findByRole('dialog', { name: 'You have not saved your changes' });
    expect(dialog.textContent).toContain('your changes are kept in this tab');
    expect(document.activeElement).toBe(
      within(dialog).getByRole('button', { name: 'Stay on this page' }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Stay on this page' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(strengths.value).toBe('I listen well. And I am kind.');
    expect(document.activeElement).toBe(home());

    await user.click(home());
    await user.click(await screen.findByRole('button', { name: 'Leave for now' }));
    await findPage('My recovery');

    await user.click(screen.getAllByRole('link', { name: 'About me' })[0] as HTMLElement);
    await findPage('About me');
    const back = (await screen.findByLabelText('My strengths')) as HTMLTextAreaElement;
    expect(back.value).toBe('I listen well. And I am kind.');
  });

  it('never stands between the person and their crisis plan, and keeps the words all the same', async () => {
    fakeServer(routes);
    const user = userEvent.setup();
    await typeInAboutMe(' And I am kind.');
    await user.click(screen.getAllByRole('link', { name: 'Crisis plan' })[0] as HTMLElement);
    await findPage(/crisis plan/i);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(draftKeys()).toEqual([draftKey(ACCOUNT.id, ACCOUNT.id, 'about-me')]);
  });

  it('asks before signing out with unsaved changes, then removes every draft in the tab', async () => {
    fakeServer(routes);
    const user = userEvent.setup();
    await typeInAboutMe(' And I am kind.');
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    const dialog = await screen.findByRole('dialog', { name: 'You have not saved your changes' });
    expect(dialog.textContent).toContain(
      'If you sign out now, the changes you have not saved will be lost.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Sign out anyway' }));
    await findPage('Sign in to Waymark');
    expect(draftKeys()).toEqual([]);
    // Other tabs find their drafts older than this, and drop them when they next read one.
    expect(localStorage.getItem('waymark.signedOutAt')).not.toBeNull();
  });

  it('does not show a draft written before someone signed out, nor one of another account', async () => {
    fakeServer(routes);
    const stale = {
      values: { ...ABOUT_ME.data, strengths: 'Old words.' },
      at: '2026-11-25T10:00:00.000Z',
    };
    sessionStorage.setItem(draftKey(ACCOUNT.id, ACCOUNT.id, 'about-me'), JSON.stringify(stale));
    localStorage.setItem('waymark.signedOutAt', '2026-11-25T11:00:00.000Z');
    const theirs = draftKey('someone-else', ACCOUNT.id, 'about-me');
    sessionStorage.setItem(theirs, JSON.stringify({ ...stale, at: new Date().toISOString() }));
    renderApp('/about-me');
    await findPage('About me');
    const strengths = (await screen.findByLabelText('My strengths')) as HTMLTextAreaElement;
    expect(strengths.value).toBe('I listen well.');
    // The stale one is gone; the other account's stays hidden until someone signs in here.
    expect(draftKeys()).toEqual([theirs]);
  });

  it('lets the browser ask before a reload or closing the tab, but never holds up the quick exit', async () => {
    fakeServer(routes);
    await typeInAboutMe(' And I am kind.');
    const reload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(reload);
    expect(reload.defaultPrevented).toBe(true);

    const replace = vi.spyOn(leaving, 'replace').mockImplementation(() => {});
    quickExit('https://example.org/weather');
    const exit = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(exit);
    expect(exit.defaultPrevented).toBe(false);
    expect(replace).toHaveBeenCalledWith('https://example.org/weather');
  });

  it('keeps the journal’s words in this page’s memory only, never in the tab’s storage', async () => {
    fakeServer({ 'GET /api/auth/session': SIGNED_IN });
    renderApp('/journal/new');
    await findPage('Write a journal entry');
    const text = await screen.findByLabelText('What you want to write');
    await userEvent.type(text, 'The heron came back.');
    await guardReady();
    expect(draftKeys()).toEqual([]);
    cleanup();

    renderApp('/journal/new');
    await findPage('Write a journal entry');
    const back = (await screen.findByLabelText('What you want to write')) as HTMLTextAreaElement;
    expect(back.value).toBe('The heron came back.');
    await screen.findByText(/kept only until you sign out, reload or close this tab/);
    await waitFor(() => expect(sessionStorage.length).toBe(0));
  });
});
