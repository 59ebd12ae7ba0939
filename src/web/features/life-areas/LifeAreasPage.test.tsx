import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeServer, SIGNED_IN } from '../../testing/fake-server.ts';
import { BASE, unreadableMark } from '../../testing/record-items.ts';
import { findPage, renderApp } from '../../testing/render.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('Life areas this server cannot read', () => {
  it('does not say there are no life areas when the only one was left out', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${BASE}/life-areas`]: {
        status: 200,
        body: { items: [], unreadable: [unreadableMark('area-1')] },
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
