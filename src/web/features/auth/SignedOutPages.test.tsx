import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeServer, SIGNED_OUT } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('Pages a signed-out person reaches', () => {
  it.each([
    ['/sign-in', 'Sign in to Waymark'],
    ['/sign-up', 'Create your Waymark account'],
    ['/invitations/some-invitation-token', 'Sign in to Waymark'],
    ['/invitations/enter-code', 'Sign in to Waymark'],
    ['/no-such-page', 'Sign in to Waymark'],
    ['/journal', 'Sign in to Waymark'],
  ])('%s shows "%s" with the crisis lines', async (path, heading) => {
    fakeServer({ 'GET /api/auth/session': SIGNED_OUT });
    renderApp(path);
    await findPage(heading);
    const lines = screen.getByRole('region', { name: 'If you need help now' });
    expect(lines.textContent).toContain('If you are in danger now, call 999 or go to A&E.');
    expect(within(lines).getByRole('link', { name: '999' }).getAttribute('href')).toBe('tel:999');
    expect(
      within(lines).getByRole('link', { name: 'Call Samaritans on 116 123' }).getAttribute('href'),
    ).toBe('tel:116123');
  });

  it('takes the session check’s "nobody is signed in" answer (not an error) as signed out', async () => {
    fakeServer({
      'GET /api/auth/session': { status: 200, body: { account: null, csrfToken: null } },
    });
    renderApp('/journal');
    await findPage('Sign in to Waymark');
  });
});
