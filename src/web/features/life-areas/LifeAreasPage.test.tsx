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

describe('Life areas this server cannot read', () => {
  it('does not say there are no life areas when the only one was left out', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${BASE}/life-areas`]: {
        status: 200,
        body: { items: [], unreadable: [mark('area-1')] },
      },
    });
    renderApp('/life-areas');
    await findPage('My life areas');

    expect(
      await screen.findByText(
        '1 life area could not be shown. What was saved is damaged; nothing has been deleted.',
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/You have no life areas at the moment/)).toBeNull();
  });
});
