import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeServer, SIGNED_IN } from '../../testing/fake-server.ts';
import { BASE, contact, unreadableMark } from '../../testing/record-items.ts';
import { findPage, renderApp } from '../../testing/render.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('Support network contacts this server cannot read', () => {
  it('shows the readable contacts and says how many others were left out', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${BASE}/support-network`]: {
        status: 200,
        body: {
          items: [contact('contact-1', { name: 'Sam', howTheyHelp: 'Walks with me' })],
          unreadable: [unreadableMark('contact-2'), unreadableMark('contact-3')],
        },
      },
    });
    renderApp('/support-network');
    await findPage('My support network');

    expect(await screen.findByRole('heading', { level: 3, name: 'Sam' })).toBeTruthy();
    expect(
      screen.getByText(
        '2 people or services in your support network could not be shown. What was saved is damaged; nothing has been deleted.',
      ),
    ).toBeTruthy();
  });
});
