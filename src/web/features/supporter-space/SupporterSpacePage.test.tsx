// A supporter's own space on the web: reached from "People I support", saved as a version with
// If-Match, and a save over a version changed elsewhere keeps the supporter's words; the guide
// is there in plain words.
import { cleanup, screen, waitFor } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ACCOUNT, type Call, fakeServer } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';
import { wholeText } from '../../testing/text.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const JO = { ...ACCOUNT, id: 'jo-1', displayName: 'Jo', role: 'supporter' as const };
const SPACE = `/api/people/${JO.id}/supporter-space`;
const EMPTY = { needs: '', coping: '', selfCarePlan: '' };
const routes = () => ({
  'GET /api/auth/session': { status: 200, body: { account: JO, csrfToken: 'csrf-1' } },
  'GET /api/account': { status: 200, body: { ...JO, welcomeDue: false } },
  'GET /api/shared-with-me': { status: 200, body: { items: [] } },
  'GET /api/shared-with-me/notices': { status: 200, body: { items: [] } },
  [`GET ${SPACE}`]: { status: 200, body: { version: 0, updatedAt: null, data: EMPTY } },
});

describe('My space (a supporter’s own)', () => {
  it('opens from People I support, saves what I need as a version, and links to the guide', async () => {
    const server = fakeServer({
      ...routes(),
      [`PUT ${SPACE}`]: (call: Call) => ({
        status: 200,
        body: { version: 1, updatedAt: '2026-11-25T10:00:00.000Z', data: call.body },
      }),
    });
    const user = userEvent.setup();
    renderApp('/');
    await findPage('People I support');
    await user.click(
      await screen.findByRole('link', { name: 'My space: what I need, and looking after myself' }),
    );
    await findPage('My space');
    expect(
      screen.getByText(/Nobody else can see it, including the people you support/),
    ).toBeTruthy();
    await user.type(await screen.findByRole('textbox', { name: 'What I need' }), 'An evening off');
    await user.click(screen.getByRole('button', { name: 'Save my space' }));
    expect(await screen.findByText('Saved.')).toBeTruthy();
    const [put] = server.sent('PUT', SPACE);
    expect(put?.headers['If-Match']).toBe('W/"0"');
    expect(put?.body).toEqual({ ...EMPTY, needs: 'An evening off' });

    await user.click(
      screen.getByRole('link', { name: 'Read a short guide to supporting someone' }),
    );
    await findPage('Supporting someone’s recovery');
    for (const part of [
      'What recovery means',
      'Helping without taking over',
      'Looking after yourself',
      'What to do in a crisis',
    ])
      expect(screen.getByRole('heading', { level: 2, name: part })).toBeTruthy();
  });

  it('shows the earlier versions of my space, mine alone, and brings one back as a new version', async () => {
    const version = (n: number, needs: string, action: 'create' | 'update') => ({
      version: n,
      action,
      createdAt: `2026-11-2${n}T10:00:00.000Z`,
      data: { ...EMPTY, needs },
      authoredBy: JO.id,
      authoredRole: 'supporter',
      agreedBy: null,
      agreedAt: null,
    });
    const server = fakeServer({
      ...routes(),
      [`GET ${SPACE}/history`]: {
        status: 200,
        body: {
          revisions: [version(2, 'An evening off', 'update'), version(1, 'Sleep', 'create')],
          unreadable: [],
        },
      },
      [`POST ${SPACE}/history/restore`]: { status: 200, body: {} },
    });
    const user = userEvent.setup();
    renderApp('/my-space');
    await findPage('My space');
    await user.click(screen.getByRole('link', { name: 'Earlier versions of my space' }));
    await findPage('Earlier versions of My space');
    const versions = await screen.findAllByRole('heading', { level: 2, name: /^Version \d$/ });
    expect(versions.map((h) => h.textContent)).toEqual(['Version 2', 'Version 1']);
    // The words of each version, under the space's own labels; each written by "you".
    expect(screen.getAllByText('What I need')).toHaveLength(2);
    expect(screen.getByText('Sleep')).toBeTruthy();
    expect(screen.getAllByText(wholeText('Written by you'))).toHaveLength(2);
    expect(screen.getByText('This is the current version')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Bring back version 1' }));
    expect(
      await screen.findByText('Version 1 is back. It was saved as a new version.'),
    ).toBeTruthy();
    const [post] = server.sent('POST', `${SPACE}/history/restore`);
    expect(post?.body).toEqual({ version: 1 });
    expect(post?.headers['If-Match']).toBe('W/"2"');

    await user.click(screen.getByRole('link', { name: 'Back to My space' }));
    await findPage('My space');
  });

  it('keeps my words when the space was changed elsewhere (412), showing what is saved now', async () => {
    fakeServer({
      ...routes(),
      [`PUT ${SPACE}`]: {
        status: 412,
        body: {
          error: { code: 'WM_VERSION_CONFLICT', message: 'Changed elsewhere' },
          current: { version: 2, updatedAt: null, data: { ...EMPTY, needs: 'Sleep' } },
        },
      },
    });
    const user = userEvent.setup();
    renderApp('/my-space');
    await findPage('My space');
    await user.type(await screen.findByRole('textbox', { name: 'What I need' }), 'Time off');
    await user.click(screen.getByRole('button', { name: 'Save my space' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Time off');
    await waitFor(() =>
      expect(
        (screen.getByRole('textbox', { name: 'What I need' }) as HTMLTextAreaElement).value,
      ).toBe('Sleep'),
    );
  });
});
