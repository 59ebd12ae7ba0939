import { cleanup, screen } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { leaving, SHIFT_WINDOW_MS, shiftPresses } from '../lib/quick-exit.ts';
import { ACCOUNT, fakeServer, SIGNED_IN, SIGNED_OUT } from '../testing/fake-server.ts';
import { findPage, renderApp } from '../testing/render.tsx';

const NEUTRAL = 'https://neutral.example/weather';
const home = {
  'GET /api/auth/session': SIGNED_IN,
  [`GET /api/people/${ACCOUNT.id}/about-me`]: {
    status: 200,
    body: { version: 0, updatedAt: null, data: { preferredName: 'Sam' } },
  },
  [`GET /api/people/${ACCOUNT.id}/goals`]: { status: 200, body: { items: [] } },
};
const realReplace = leaving.replace;
let leftFor: string[];

beforeEach(() => {
  // The server puts the configured address in the page (web-app.ts).
  const meta = document.createElement('meta');
  meta.name = 'waymark-quick-exit';
  meta.content = NEUTRAL;
  document.head.append(meta);
  leftFor = [];
  // jsdom cannot load another site: record where the page would go instead.
  leaving.replace = (url) => leftFor.push(url);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  leaving.replace = realReplace;
  for (const meta of document.head.querySelectorAll('meta')) meta.remove();
  document.body.replaceChildren();
});

describe('Quick exit', () => {
  it('"Exit this page" comes right after the skip link and empties the page before leaving', async () => {
    fakeServer(home);
    const user = userEvent.setup();
    renderApp('/');
    await findPage('My recovery');

    await user.tab();
    expect(document.activeElement).toHaveProperty('textContent', 'Skip to main content');
    await user.tab();
    const exit = screen.getByRole('button', { name: 'Exit this page' });
    expect(document.activeElement).toBe(exit);

    await user.keyboard('{Enter}');

    expect(leftFor).toEqual([NEUTRAL]);
    expect(document.body.textContent).toBe('');
    expect(document.title).toBe('');
  });

  it('leaves when Shift is pressed three times, and says so after the second press', async () => {
    fakeServer(home);
    const user = userEvent.setup();
    renderApp('/');
    await findPage('My recovery');

    await user.keyboard('{Shift}{Shift}');
    expect(leftFor).toEqual([]);
    const hint = screen.getByText('Shift, press 1 more time to exit this page');
    expect(hint.getAttribute('role')).toBe('status');
    await user.keyboard('{Shift}');

    expect(leftFor).toEqual([NEUTRAL]);
    expect(document.body.textContent).toBe('');
  });

  it('does not leave while someone types capital letters in a field', async () => {
    fakeServer({ 'GET /api/auth/session': SIGNED_OUT });
    const user = userEvent.setup();
    renderApp('/sign-in');
    await findPage('Sign in to Waymark');

    await user.click(screen.getByLabelText('Email address'));
    await user.keyboard('{Shift>}S{/Shift}{Shift>}A{/Shift}{Shift>}M{/Shift}{Shift>}X{/Shift}');

    expect(leftFor).toEqual([]);
    expect(screen.getByLabelText('Email address')).toHaveProperty('value', 'SAMX');
  });

  it('is on the sign-in page, with advice on using Waymark safely', async () => {
    fakeServer({ 'GET /api/auth/session': SIGNED_OUT });
    renderApp('/sign-in');
    await findPage('Sign in to Waymark');

    expect(screen.getByRole('button', { name: 'Exit this page' })).toBeDefined();
    expect(screen.getByRole('heading', { level: 2, name: 'Using Waymark safely' })).toBeDefined();
    expect(screen.getByText(/open Waymark in a private or incognito window/)).toBeDefined();
  });

  it('is on a page opened from an emergency link, which has no sign-in', async () => {
    fakeServer({});
    const user = userEvent.setup();
    renderApp('/emergency/some-token');
    await user.click(await screen.findByRole('button', { name: 'Exit this page' }));
    expect(leftFor).toEqual([NEUTRAL]);
  });

  it('goes to BBC Weather when the page carries no address', async () => {
    for (const meta of document.head.querySelectorAll('meta')) meta.remove();
    fakeServer({ 'GET /api/auth/session': SIGNED_OUT });
    const user = userEvent.setup();
    renderApp('/sign-in');
    await user.click(await screen.findByRole('button', { name: 'Exit this page' }));
    expect(leftFor).toEqual(['https://www.bbc.co.uk/weather']);
  });
});

describe('Counting Shift presses', () => {
  const key = (name: string, repeat = false) => new KeyboardEvent('keydown', { key: name, repeat });

  it('needs three presses within the time allowed; a slow third press starts a new count', () => {
    let clock = 0;
    let exits = 0;
    const press = shiftPresses(
      () => exits++,
      () => {},
      () => clock,
    );
    press(key('Shift'));
    clock += 400;
    press(key('Shift'));
    clock += SHIFT_WINDOW_MS;
    press(key('Shift'));
    expect(exits).toBe(0);
    // The slow press is the first of a new count.
    clock += 100;
    press(key('Shift'));
    expect(exits).toBe(0);
    clock += 100;
    press(key('Shift'));
    expect(exits).toBe(1);
  });

  it('counts Shift held down once, and starts again after any other key', () => {
    let exits = 0;
    const press = shiftPresses(
      () => exits++,
      () => {},
      () => 0,
    );
    press(key('Shift'));
    press(key('Shift', true));
    press(key('Shift', true));
    press(key('Shift'));
    press(key('a'));
    press(key('Shift'));
    expect(exits).toBe(0);
    press(key('Shift'));
    press(key('Shift'));
    expect(exits).toBe(1);
  });
});
