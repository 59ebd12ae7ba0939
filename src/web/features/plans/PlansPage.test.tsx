import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ACCOUNT, fakeServer, SIGNED_IN } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const BASE = `/api/people/${ACCOUNT.id}`;
const notStarted = { status: 200, body: { version: 0, updatedAt: null, data: {} } };

describe('My plans with a plan this server cannot read', () => {
  it('still lists every plan and says which one cannot be shown', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${BASE}/staying-well-plan`]: notStarted,
      [`GET ${BASE}/crisis-plan`]: {
        status: 409,
        body: { error: { code: 'WM_RECORD_ITEM_UNREADABLE', message: 'Unreadable' } },
      },
      [`GET ${BASE}/safety-plan`]: notStarted,
      [`GET ${BASE}/after-crisis`]: notStarted,
      [`GET ${BASE}/moving-on-plan`]: notStarted,
    });
    renderApp('/plans');
    await findPage('My plans');

    const crisisLink = await screen.findByRole('link', { name: 'My crisis plan' });
    const card = crisisLink.closest('li');
    if (!card) throw new Error('The crisis plan has no card');
    expect(
      within(card).getByText('This plan cannot be shown at the moment. Nothing has been deleted.'),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'My staying-well plan' })).toBeTruthy();
    const movingOn = screen.getByRole('link', { name: 'Moving on' });
    expect(movingOn.getAttribute('href')).toBe('/plans/moving-on');
    expect(
      within(movingOn.closest('li') as HTMLElement).getByText('Not started yet.'),
    ).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
