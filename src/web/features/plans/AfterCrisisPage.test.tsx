import { cleanup, screen, within } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AfterCrisis } from '../../../domain/record/plans.schema.ts';
import { ACCOUNT, fakeServer, SIGNED_IN } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';
import { BASE } from './plans.test-data.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const PATH = `${BASE}/after-crisis`;
const doc = (version: number, backOnTrack: string, learned = 'Call my GP sooner.') => ({
  version,
  updatedAt: '2026-11-25T14:02:00.000Z',
  data: { backOnTrack, learned } satisfies AfterCrisis,
});

describe('After a crisis', () => {
  it('shows both versions on a conflict and saves mine on top of the newer one when asked', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${PATH}`]: { status: 200, body: doc(2, 'A phased return to work.') },
      [`PUT ${PATH}`]: [
        {
          status: 412,
          body: {
            error: { code: 'WM_VERSION_CONFLICT', message: 'Changed.' },
            current: { ...doc(3, 'Words from my phone.'), id: 'x', kind: 'after_crisis' },
          },
        },
        { status: 200, body: doc(4, 'Words from my laptop.') },
      ],
    });
    const user = userEvent.setup();
    renderApp('/plans/after-crisis');
    await findPage('After a crisis');
    const box = (await screen.findByLabelText(
      'What I need to get back on track',
    )) as HTMLTextAreaElement;
    await user.clear(box);
    await user.type(box, 'Words from my laptop.');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const panel = await screen.findByRole('region', { name: 'This changed somewhere else' });
    expect(panel.textContent).toContain('Words from my phone.');
    expect(panel.textContent).toContain('Words from my laptop.');
    // Only what differs is compared.
    expect(panel.textContent).not.toContain('Call my GP sooner.');
    expect(box.value).toBe('Words from my laptop.');

    await user.click(within(panel).getByRole('button', { name: 'Save my version instead' }));
    expect(await screen.findByText(/^Saved at \d\d:\d\d$/)).toBeTruthy();
    const puts = server.sent('PUT', PATH);
    expect(puts.map((put) => put.headers['If-Match'])).toEqual(['W/"2"', 'W/"3"']);
  });

  it('lists earlier versions and brings one back with the newest version in If-Match', async () => {
    const revision = (version: number, backOnTrack: string) => ({
      version,
      action: version === 1 ? 'create' : 'update',
      data: { backOnTrack, learned: '' },
      createdAt: '2026-11-25T10:00:00.000Z',
      authoredBy: ACCOUNT.id,
      authoredRole: 'person',
      agreedBy: null,
      agreedAt: null,
    });
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${PATH}/history`]: {
        status: 200,
        body: { revisions: [revision(2, 'Newer words.'), revision(1, 'First words.')] },
      },
      [`POST ${PATH}/history/restore`]: { status: 200, body: doc(3, 'First words.') },
    });
    const user = userEvent.setup();
    renderApp('/plans/after-crisis/history');
    await findPage('Earlier versions of After a crisis');
    await user.click(await screen.findByRole('button', { name: 'Bring back version 1' }));
    expect(
      await screen.findByText('Version 1 is back. It was saved as a new version.'),
    ).toBeTruthy();
    const [post] = server.sent('POST', `${PATH}/history/restore`);
    expect(post?.body).toEqual({ version: 1 });
    expect(post?.headers['If-Match']).toBe('W/"2"');
    expect(screen.getByRole('link', { name: 'Back to After a crisis' }).getAttribute('href')).toBe(
      '/plans/after-crisis',
    );
  });
});
