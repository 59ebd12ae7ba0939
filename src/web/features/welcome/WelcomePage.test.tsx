// The first run: straight after sign-up Home opens the welcome instead, once; the person can
// begin at one of four places, or skip to Home.
import { cleanup, screen, waitFor } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_ABOUT_ME } from '../../../domain/record/record.schema.ts';
import { ACCOUNT, fakeServer, SIGNED_IN } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';
import { wholeText } from '../../testing/text.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const BASE = `/api/people/${ACCOUNT.id}`;
const NEW_PERSON = {
  status: 200,
  body: { account: { ...ACCOUNT, welcomeDue: true }, csrfToken: 'csrf-token-1' },
};
const RECORD = {
  [`GET ${BASE}/about-me`]: {
    status: 200,
    body: { version: 0, updatedAt: null, data: EMPTY_ABOUT_ME },
  },
  [`GET ${BASE}/goals`]: { status: 200, body: { items: [], unreadable: [] } },
  'POST /api/account/welcomed': { status: 200, body: { ...ACCOUNT, welcomeDue: false } },
};

describe('The welcome after sign-up', () => {
  it('opens in place of Home, says whose record it is and who can see it, and is remembered', async () => {
    const server = fakeServer({ 'GET /api/auth/session': NEW_PERSON, ...RECORD });
    const { history } = renderApp('/');
    await findPage('Welcome to Waymark');
    expect(history.at(-1)).toBe('/welcome');
    expect(
      screen.getByText(
        wholeText('Hello, Alex. This is a place for your recovery, in your own words.'),
      ),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'This is your record' })).toBeTruthy();
    expect(
      screen.getByRole('heading', { name: 'Nobody else can see it unless you share it' }),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Start anywhere' })).toBeTruthy();
    const starts = screen.getByRole('list', { name: 'Start anywhere' });
    expect(
      [...starts.querySelectorAll('a')].map((link) => [
        link.textContent,
        link.getAttribute('href'),
      ]),
    ).toEqual([
      ['What matters to me', '/about-me'],
      ['If things get hard', '/crisis-plan/change'],
      ['A goal', '/goals/new'],
      ['The parts of my life', '/life-areas'],
    ]);
    // Its words are the person's own voice, not a service's form.
    expect(document.body.textContent).not.toMatch(/tell us/i);
    await waitFor(() => expect(server.sent('POST', '/api/account/welcomed')).toHaveLength(1));
  });

  it('begins where the person chooses: "What matters to me" opens About me', async () => {
    fakeServer({ 'GET /api/auth/session': NEW_PERSON, ...RECORD });
    const user = userEvent.setup();
    renderApp('/');
    await findPage('Welcome to Waymark');
    await user.click(screen.getByRole('link', { name: 'What matters to me' }));
    await findPage('About me');
  });

  it('can be skipped, and then Home opens and does not send the person back to it', async () => {
    const server = fakeServer({ 'GET /api/auth/session': NEW_PERSON, ...RECORD });
    const user = userEvent.setup();
    const { history } = renderApp('/');
    await findPage('Welcome to Waymark');
    await user.click(screen.getByRole('link', { name: 'Not now: take me to my home page' }));
    await findPage('My recovery');
    expect(history.at(-1)).toBe('/');
    expect(server.sent('POST', '/api/account/welcomed')).toHaveLength(1);
  });

  it('is not shown to someone already welcomed, whose Home opens as usual', async () => {
    const server = fakeServer({ 'GET /api/auth/session': SIGNED_IN, ...RECORD });
    renderApp('/');
    await findPage('My recovery');
    expect(server.sent('POST', '/api/account/welcomed')).toHaveLength(0);
  });
});
