import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ACCOUNT, fakeServer, SIGNED_IN } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const BASE = `/api/people/${ACCOUNT.id}`;
const mark = (id: string) => ({
  id,
  version: 2,
  updatedAt: '2026-11-26T10:30:00.000Z',
  deletedAt: null,
  code: 'WM_RECORD_ITEM_UNREADABLE',
});

describe('Support network contacts this server cannot read', () => {
  it('shows the readable contacts and says how many others were left out', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${BASE}/support-network`]: {
        status: 200,
        body: {
          items: [
            {
              id: 'contact-1',
              kind: 'support_contact',
              parentId: null,
              version: 1,
              createdAt: '2026-11-20T09:00:00.000Z',
              updatedAt: '2026-11-20T09:00:00.000Z',
              deletedAt: null,
              data: {
                name: 'Sam',
                kind: 'person',
                howTheyHelp: 'Walks with me',
                phone: '',
                email: '',
                notes: '',
                formal: false,
                crisisContact: false,
              },
            },
          ],
          unreadable: [mark('contact-2'), mark('contact-3')],
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
