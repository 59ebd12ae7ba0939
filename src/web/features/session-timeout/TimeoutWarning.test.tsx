import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SESSION_ENDS_IN_HEADER } from '../../../domain/auth/session-timing.ts';
import { api, noteSessionTime } from '../../lib/api.ts';
import { fakeServer, SIGNED_IN, SIGNED_OUT } from '../../testing/fake-server.ts';
import { TimeoutWarning } from './TimeoutWarning.tsx';

const MINUTE = 60_000;
const endsIn = (seconds: number) => ({ [SESSION_ENDS_IN_HEADER]: String(seconds) });

beforeAll(() => {
  // jsdom has <dialog> but not showModal() and close(). As browsers do: show it and focus its
  // first button; hide it and say so.
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
    this.querySelector('button')?.focus();
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
});

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(new Date('2026-11-24T14:00:00'));
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** What the server said about the session in its last answer. */
function serverSays(seconds: number) {
  noteSessionTime(new Response(null, { headers: endsIn(seconds) }), Date.now());
}

/** A page (with a form, or not) and the warning, with the focus in the form's field. */
function openPage({ withForm = true } = {}) {
  render(
    <>
      <main>
        {withForm ? (
          <form>
            <label for="words">What helps</label>
            <input id="words" />
          </form>
        ) : (
          <p>Nothing to type here.</p>
        )}
      </main>
      <TimeoutWarning />
    </>,
  );
  const field = withForm ? screen.getByLabelText('What helps') : null;
  field?.focus();
  return field;
}

const pass = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });
/** Lets answers from the fake server arrive. */
const settle = () =>
  act(async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  });

const warning = () => screen.queryByRole('alertdialog');

describe('The warning before the session times out', () => {
  it('on a page with a form, comes 3 minutes before a 30-minute session ends, as an alert dialog with the time and the focus on "Stay signed in"', async () => {
    serverSays(30 * 60);
    openPage();
    await pass(27 * MINUTE - 1000);
    expect(warning()).toBeNull();
    await pass(1000);
    const dialog = screen.getByRole('alertdialog', { name: 'You will be signed out soon' });
    expect(dialog.getAttribute('aria-describedby')).toBe('timeout-body');
    expect(document.getElementById('timeout-body')?.textContent).toBe(
      'To keep your record private, Waymark will sign you out at 14:30. This is because nothing has been saved or opened for a while. Anything you have typed and not saved would stay on this page, but you would need to sign in again to save it.',
    );
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Stay signed in' }));
  });

  it('"Stay signed in" renews the session, closes the warning, puts the focus back, and warns again 3 minutes before the new end', async () => {
    const server = fakeServer({
      'GET /api/auth/session': { ...SIGNED_IN, headers: endsIn(30 * 60) },
    });
    serverSays(30 * 60);
    const field = openPage();
    await pass(27 * MINUTE);
    fireEvent.click(screen.getByRole('button', { name: 'Stay signed in' }));
    await settle();
    expect(server.sent('GET', '/api/auth/session')).toHaveLength(1);
    expect(warning()).toBeNull();
    expect(document.activeElement).toBe(field);

    await pass(27 * MINUTE - 1000);
    expect(warning()).toBeNull();
    await pass(1000);
    expect(screen.getByRole('alertdialog', { name: 'You will be signed out soon' })).toBeTruthy();
  });

  it('Escape does the same as "Stay signed in", never a quiet way to be signed out', async () => {
    const server = fakeServer({
      'GET /api/auth/session': { ...SIGNED_IN, headers: endsIn(30 * 60) },
    });
    serverSays(30 * 60);
    const field = openPage();
    await pass(27 * MINUTE);
    const dialog = screen.getByRole('alertdialog');
    const escapeKey = new Event('cancel', { cancelable: true });
    dialog.dispatchEvent(escapeKey);
    expect(escapeKey.defaultPrevented).toBe(true);
    await settle();
    expect(server.sent('GET', '/api/auth/session')).toHaveLength(1);
    expect(warning()).toBeNull();
    expect(document.activeElement).toBe(field);
  });

  it('any answer to the page’s own requests counts: a save in time closes the warning', async () => {
    fakeServer({ 'GET /api/goals': { status: 200, body: {}, headers: endsIn(30 * 60) } });
    serverSays(30 * 60);
    openPage();
    await pass(27 * MINUTE);
    expect(warning()).not.toBeNull();
    await act(async () => {
      await api.get('/goals');
    });
    expect(warning()).toBeNull();
  });

  it('comes half a minute before the end of a one-minute session', async () => {
    serverSays(60);
    openPage();
    await pass(29_000);
    expect(warning()).toBeNull();
    await pass(1000);
    expect(warning()).not.toBeNull();
  });

  it('says nothing on a page without a form, where nothing typed can be lost', async () => {
    serverSays(30 * 60);
    openPage({ withForm: false });
    await pass(29 * MINUTE);
    expect(warning()).toBeNull();
    await pass(2 * MINUTE);
    expect(warning()).toBeNull();
  });

  it('when the time runs out with the warning open, says so and that the text is still on the page; Close puts the focus back', async () => {
    serverSays(30 * 60);
    const field = openPage();
    await pass(27 * MINUTE);
    await pass(3 * MINUTE);
    const dialog = screen.getByRole('alertdialog', { name: 'You have been signed out' });
    expect(dialog.textContent).toContain(
      'What you typed is still on this page. Sign in again in another tab, then come back here and save it.',
    );
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Close' }));
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    await settle();
    expect(warning()).toBeNull();
    expect(document.activeElement).toBe(field);
    expect((field as HTMLInputElement).isConnected).toBe(true);
  });

  it('when the server says the session has already ended, says so and stays on the page', async () => {
    fakeServer({ 'GET /api/auth/session': SIGNED_OUT });
    serverSays(30 * 60);
    openPage();
    await pass(27 * MINUTE);
    fireEvent.click(screen.getByRole('button', { name: 'Stay signed in' }));
    await settle();
    expect(screen.getByRole('alertdialog', { name: 'You have been signed out' })).toBeTruthy();
    expect(screen.getByLabelText('What helps')).toBeTruthy();
  });

  it('near the longest time Waymark allows, says the session cannot be made longer and when it ends', async () => {
    // The absolute limit falls at 14:30 too: asking at 14:27 leaves the same 3 minutes.
    fakeServer({ 'GET /api/auth/session': { ...SIGNED_IN, headers: endsIn(3 * 60) } });
    serverSays(30 * 60);
    openPage();
    await pass(27 * MINUTE);
    fireEvent.click(screen.getByRole('button', { name: 'Stay signed in' }));
    await settle();
    const dialog = screen.getByRole('alertdialog', { name: 'You will be signed out at 14:30' });
    expect(dialog.textContent).toContain(
      'this cannot be made longer. Save what you have typed now',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    await settle();
    expect(warning()).toBeNull();
  });

  it('a connection problem keeps the warning open and says so', async () => {
    fakeServer({
      'GET /api/auth/session': () => {
        throw new TypeError('Failed to fetch');
      },
    });
    serverSays(30 * 60);
    openPage();
    await pass(27 * MINUTE);
    fireEvent.click(screen.getByRole('button', { name: 'Stay signed in' }));
    await settle();
    const dialog = screen.getByRole('alertdialog', { name: 'You will be signed out soon' });
    expect(dialog.querySelector('[role="alert"]')?.textContent).toBe(
      'We could not reach Waymark. Check your connection. Your text is still here.',
    );
    expect(screen.getByRole('button', { name: 'Stay signed in' })).toBeTruthy();
  });

  it('closes when the session is renewed in another tab', async () => {
    serverSays(30 * 60);
    openPage();
    await pass(27 * MINUTE);
    expect(warning()).not.toBeNull();
    const otherTab = new BroadcastChannel('waymark-session-time');
    otherTab.postMessage({ endsAt: Date.now() + 30 * MINUTE, seconds: 30 * 60 });
    await vi.waitFor(() => expect(warning()).toBeNull());
    otherTab.close();
  });
});
