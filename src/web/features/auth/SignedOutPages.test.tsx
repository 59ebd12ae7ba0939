import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeServer, SIGNED_OUT } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  for (const meta of document.head.querySelectorAll('meta[name="waymark-crisis-lines"]'))
    meta.remove();
});

/** The country the server names in the app page (CRISIS_LINES_COUNTRY, http/web-app.ts). */
function installedIn(country: string) {
  const meta = document.createElement('meta');
  meta.name = 'waymark-crisis-lines';
  meta.content = country;
  document.head.append(meta);
}

/** Each crisis line as its link reads and where it goes. */
const linksIn = (lines: HTMLElement) =>
  within(lines)
    .getAllByRole('link')
    .map((link) => `${link.textContent} → ${link.getAttribute('href')}`);

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
    // The lines below it come with their own small module, a moment later.
    expect(
      (await within(lines).findByRole('link', { name: 'Call Samaritans on 116 123' })).getAttribute(
        'href',
      ),
    ).toBe('tel:116123');
  });

  it.each([
    [
      'england',
      [
        '999 → tel:999',
        'Call NHS 111 on 111 → tel:111',
        'Call Samaritans on 116 123 → tel:116123',
        'Text SHOUT to 85258 → sms:85258?&body=SHOUT',
      ],
    ],
    [
      'wales',
      [
        '999 → tel:999',
        'Call NHS 111 Wales on 111 → tel:111',
        'Call the CALL helpline on 0800 132 737 → tel:0800132737',
        'Call Samaritans on 116 123 → tel:116123',
        'Text SHOUT to 85258 → sms:85258?&body=SHOUT',
      ],
    ],
    [
      'scotland',
      [
        '999 → tel:999',
        'Call NHS 24 on 111 → tel:111',
        'Call Breathing Space on 0800 83 85 87 → tel:0800838587',
        'Call Samaritans on 116 123 → tel:116123',
        'Text SHOUT to 85258 → sms:85258?&body=SHOUT',
      ],
    ],
    [
      'northern-ireland',
      [
        '999 → tel:999',
        'Call Lifeline on 0808 808 8000 → tel:08088088000',
        'Call Samaritans on 116 123 → tel:116123',
        'Text SHOUT to 85258 → sms:85258?&body=SHOUT',
      ],
    ],
  ])('shows the crisis lines of the nation the installation is in: %s', async (country, links) => {
    installedIn(country);
    fakeServer({ 'GET /api/auth/session': SIGNED_OUT });
    renderApp('/sign-in');
    await findPage('Sign in to Waymark');
    const lines = screen.getByRole('region', { name: 'If you need help now' });
    await within(lines).findByRole('link', { name: 'Call Samaritans on 116 123' });
    expect(linksIn(lines)).toEqual(links);
  });

  it('takes the session check’s "nobody is signed in" answer (not an error) as signed out', async () => {
    fakeServer({
      'GET /api/auth/session': { status: 200, body: { account: null, csrfToken: null } },
    });
    renderApp('/journal');
    await findPage('Sign in to Waymark');
  });
});
