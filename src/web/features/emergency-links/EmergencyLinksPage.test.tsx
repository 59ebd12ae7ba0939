import { cleanup, screen, waitFor } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeServer, SIGNED_IN } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';
import { wholeText } from '../../testing/text.ts';
import { BASE } from '../plans/plans.test-data.ts';
import type { EmergencyLink } from './emergency-links.resource.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const LINKS = `${BASE}/emergency-links`;
const link: EmergencyLink = {
  id: 'link-1',
  version: 1,
  label: '',
  createdAt: '2026-11-20T09:00:00.000Z',
  expiresAt: '2026-12-20T09:00:00.000Z',
  revokedAt: null,
  status: 'active',
  views: [],
};
const revoked = { ...link, version: 2, status: 'revoked', revokedAt: '2026-11-21T09:00:00.000Z' };

describe('Turning off an emergency link', () => {
  it('names the version it saw, as every change does', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${LINKS}`]: [
        { status: 200, body: { items: [link] } },
        { status: 200, body: { items: [revoked] } },
      ],
      [`POST ${LINKS}/link-1/revoke`]: { status: 200, body: revoked },
    });
    renderApp('/crisis-plan/links');
    await findPage('Emergency links to my crisis plan');
    await userEvent.click(await screen.findByRole('button', { name: /turn off this link/i }));
    await screen.findByText(/is turned off/);
    const [sent] = server.sent('POST', `${LINKS}/link-1/revoke`);
    expect(sent?.headers['If-Match']).toBe('W/"1"');
  });

  it('says the link is off when another tab turned it off first', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${LINKS}`]: [
        { status: 200, body: { items: [link] } },
        { status: 200, body: { items: [revoked] } },
      ],
      [`POST ${LINKS}/link-1/revoke`]: {
        status: 412,
        body: {
          error: { code: 'WM_VERSION_CONFLICT', message: 'Changed elsewhere' },
          current: revoked,
        },
      },
    });
    renderApp('/crisis-plan/links');
    await findPage('Emergency links to my crisis plan');
    await userEvent.click(await screen.findByRole('button', { name: /turn off this link/i }));
    await screen.findByText(/is turned off/);
    await waitFor(() => expect(screen.getByText('Turned off on', { exact: false })).toBeTruthy());
  });
});

describe('Naming an emergency link', () => {
  it('sends the name with the new link, and lists the link by its name', async () => {
    const named = { ...link, id: 'link-2', label: 'For the crisis team' };
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${LINKS}`]: [
        { status: 200, body: { items: [] } },
        { status: 200, body: { items: [named] } },
      ],
      [`POST ${LINKS}`]: { status: 201, body: { ...named, token: 't'.repeat(43) } },
    });
    renderApp('/crisis-plan/links');
    await findPage('Emergency links to my crisis plan');
    await userEvent.type(
      screen.getByRole('textbox', { name: 'A name for this link (optional)' }),
      'For the crisis team',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Create a link' }));
    await screen.findByRole('heading', { name: 'Your new emergency link' });
    expect(server.sent('POST', LINKS)[0]?.body).toEqual({
      expiresInHours: 24,
      label: 'For the crisis team',
    });
    await screen.findByRole('heading', { level: 3, name: 'For the crisis team' });
    expect(
      screen.getByRole('button', { name: 'Turn off this link For the crisis team' }),
    ).toBeTruthy();
  });

  it('refuses a name over 100 characters before sending anything, and keeps what was typed', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${LINKS}`]: { status: 200, body: { items: [] } },
    });
    renderApp('/crisis-plan/links');
    await findPage('Emergency links to my crisis plan');
    const name = screen.getByRole('textbox', { name: 'A name for this link (optional)' });
    await userEvent.click(name);
    await userEvent.paste('x'.repeat(101));
    await userEvent.click(screen.getByRole('button', { name: 'Create a link' }));
    await screen.findByRole('link', { name: 'This must be 100 characters or fewer' });
    expect(server.sent('POST', LINKS)).toEqual([]);
    expect((name as HTMLInputElement).value).toHaveLength(101);
  });

  it('renames an existing link with the version it saw, and puts the focus back on Rename', async () => {
    const named = { ...link, label: 'For Mum' };
    const renamed = { ...link, version: 2, label: 'For my sister' };
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${LINKS}`]: [
        { status: 200, body: { items: [named] } },
        { status: 200, body: { items: [renamed] } },
      ],
      [`PATCH ${LINKS}/link-1`]: { status: 200, body: renamed },
    });
    renderApp('/crisis-plan/links');
    await findPage('Emergency links to my crisis plan');
    await userEvent.click(await screen.findByRole('button', { name: 'Rename For Mum' }));
    const field = screen.getByRole('textbox', { name: /New name for this link/ });
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect((field as HTMLInputElement).value).toBe('For Mum');
    await userEvent.clear(field);
    await userEvent.type(field, 'For my sister{Enter}');
    await screen.findByText(wholeText(/is now called “For my sister”/));
    const [sent] = server.sent('PATCH', `${LINKS}/link-1`);
    expect(sent?.headers['If-Match']).toBe('W/"1"');
    expect(sent?.body).toEqual({ label: 'For my sister' });
    await screen.findByRole('heading', { level: 3, name: 'For my sister' });
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('button', { name: 'Rename For my sister' }),
      ),
    );
  });

  it('refuses a new name over 100 characters on the field, sending nothing, and keeps it', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${LINKS}`]: { status: 200, body: { items: [link] } },
    });
    renderApp('/crisis-plan/links');
    await findPage('Emergency links to my crisis plan');
    await userEvent.click(await screen.findByRole('button', { name: /^Rename/ }));
    const field = screen.getByRole('textbox', { name: /New name for this link/ });
    await userEvent.click(field);
    await userEvent.paste('y'.repeat(101));
    await userEvent.click(screen.getByRole('button', { name: 'Save the name' }));
    await screen.findByText('This must be 100 characters or fewer', { exact: false });
    expect(server.sent('PATCH', `${LINKS}/link-1`)).toEqual([]);
    expect((field as HTMLInputElement).value).toHaveLength(101);
  });
});
