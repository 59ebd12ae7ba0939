import { cleanup, screen, within } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_ABOUT_ME } from '../../../domain/record/record.schema.ts';
import { ACCOUNT, fakeServer, SIGNED_IN } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const PATH = `/api/people/${ACCOUNT.id}/about-me`;
const document = (version: number, strengths: string, updatedAt = '2026-11-25T10:00:00.000Z') => ({
  version,
  updatedAt,
  data: { ...EMPTY_ABOUT_ME, strengths, values: 'Being honest.' },
});
const storedItem = (version: number, strengths: string) => ({
  id: 'about-1',
  kind: 'about_me',
  parentId: null,
  createdAt: '2026-11-20T09:00:00.000Z',
  deletedAt: null,
  ...document(version, strengths, '2026-11-25T13:58:00.000Z'),
});
const conflict = (version: number, strengths: string) => ({
  status: 412,
  body: {
    error: {
      code: 'WM_VERSION_CONFLICT',
      message: 'This changed somewhere else since you opened it.',
    },
    current: storedItem(version, strengths),
  },
});

async function openAboutMe() {
  renderApp('/about-me');
  await findPage('About me');
  return (await screen.findByLabelText('My strengths')) as HTMLTextAreaElement;
}

describe('About me', () => {
  it('on a conflict shows both versions, and "Save my version instead" re-sends with the newer version', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${PATH}`]: { status: 200, body: document(3, 'I listen well.') },
      [`PUT ${PATH}`]: [
        conflict(4, 'Words saved on my phone.'),
        { status: 200, body: document(5, 'Words typed on my laptop.', '2026-11-25T14:02:00.000Z') },
      ],
    });
    const user = userEvent.setup();
    const strengths = await openAboutMe();
    expect(strengths.value).toBe('I listen well.');

    await user.clear(strengths);
    await user.type(strengths, 'Words typed on my laptop.');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const panel = await screen.findByRole('region', { name: 'This changed somewhere else' });
    const yours = within(panel).getByRole('heading', { name: 'Your version (not saved)' });
    const saved = within(panel).getByRole('heading', { name: /^The saved version \(changed / });
    expect(yours.parentElement?.textContent).toContain('Words typed on my laptop.');
    expect(saved.parentElement?.textContent).toContain('Words saved on my phone.');
    // Only what differs is compared; the typed text is still in the box.
    expect(within(panel).queryByText('Being honest.')).toBeNull();
    expect(strengths.value).toBe('Words typed on my laptop.');

    await user.click(within(panel).getByRole('button', { name: 'Save my version instead' }));

    const puts = server.sent('PUT', PATH);
    expect(puts).toHaveLength(2);
    expect(puts[0]?.headers['If-Match']).toBe('W/"3"');
    expect(puts[1]?.headers['If-Match']).toBe('W/"4"');
    expect(puts[1]?.headers['X-CSRF-Token']).toBe('csrf-token-1');
    expect(puts[1]?.body).toEqual({
      ...EMPTY_ABOUT_ME,
      strengths: 'Words typed on my laptop.',
      values: 'Being honest.',
    });
    const status = await screen.findByText(/^Saved at \d\d:\d\d$/);
    expect(status.closest('[role="status"]')).not.toBeNull();
    expect(screen.queryByRole('region', { name: 'This changed somewhere else' })).toBeNull();
  });

  it('"Use the saved version" puts the saved words in the form and saves on top of them next time', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${PATH}`]: { status: 200, body: document(3, 'I listen well.') },
      [`PUT ${PATH}`]: [
        conflict(4, 'Words saved on my phone.'),
        { status: 200, body: document(5, 'Words saved on my phone. And more.') },
      ],
    });
    const user = userEvent.setup();
    const strengths = await openAboutMe();

    await user.type(strengths, ' And I am kind.');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const panel = await screen.findByRole('region', { name: 'This changed somewhere else' });
    await user.click(within(panel).getByRole('button', { name: 'Use the saved version' }));

    expect(strengths.value).toBe('Words saved on my phone.');
    await user.type(strengths, ' And more.');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText(/^Saved at /);
    expect(server.sent('PUT', PATH)[1]?.headers['If-Match']).toBe('W/"4"');
  });

  it('merges a change another tab saved to a different field, and saves both without asking', async () => {
    const fromPhone = {
      ...document(4, 'I listen well.'),
      data: { ...document(4, 'I listen well.').data, values: 'Being honest and kind.' },
    };
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${PATH}`]: { status: 200, body: document(3, 'I listen well.') },
      [`PUT ${PATH}`]: [
        {
          status: 412,
          body: {
            error: { code: 'WM_VERSION_CONFLICT', message: 'Changed.' },
            current: { ...storedItem(4, 'I listen well.'), data: fromPhone.data },
          },
        },
        {
          status: 200,
          body: {
            ...document(5, 'I listen well. And I am kind.'),
            data: { ...fromPhone.data, strengths: 'I listen well. And I am kind.' },
          },
        },
      ],
    });
    const user = userEvent.setup();
    const strengths = await openAboutMe();
    await user.type(strengths, ' And I am kind.');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await screen.findByText(
      /^Someone else saved changes here while you were editing\. Their changes and yours are both kept\. Saved at \d\d:\d\d\.$/,
    );
    expect(screen.queryByRole('region', { name: 'This changed somewhere else' })).toBeNull();
    const puts = server.sent('PUT', PATH);
    expect(puts).toHaveLength(2);
    expect(puts[1]?.headers['If-Match']).toBe('W/"4"');
    expect(puts[1]?.body).toEqual({
      ...EMPTY_ABOUT_ME,
      strengths: 'I listen well. And I am kind.',
      values: 'Being honest and kind.',
    });
    expect((screen.getByLabelText('What I value') as HTMLTextAreaElement).value).toBe(
      'Being honest and kind.',
    );
    expect(strengths.value).toBe('I listen well. And I am kind.');
  });

  it('asks only about the field both tabs changed, keeping the other tab’s change to another field', async () => {
    const theirs = {
      ...EMPTY_ABOUT_ME,
      strengths: 'Words saved on my phone.',
      values: 'Being honest and kind.',
    };
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${PATH}`]: { status: 200, body: document(3, 'I listen well.') },
      [`PUT ${PATH}`]: [
        {
          status: 412,
          body: {
            error: { code: 'WM_VERSION_CONFLICT', message: 'Changed.' },
            current: { ...storedItem(4, ''), data: theirs },
          },
        },
        { status: 200, body: document(5, 'Words typed on my laptop.') },
      ],
    });
    const user = userEvent.setup();
    const strengths = await openAboutMe();
    await user.clear(strengths);
    await user.type(strengths, 'Words typed on my laptop.');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const panel = await screen.findByRole('region', { name: 'This changed somewhere else' });
    expect(within(panel).getAllByText('My strengths')).toHaveLength(2);
    expect(within(panel).queryByText('What I value')).toBeNull();
    await user.click(within(panel).getByRole('button', { name: 'Save my version instead' }));
    await screen.findByText(/^Saved at /);
    expect(server.sent('PUT', PATH)[1]?.body).toEqual({
      ...theirs,
      strengths: 'Words typed on my laptop.',
    });
  });

  it('keeps the typed text and says so when the save fails', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${PATH}`]: { status: 200, body: document(0, '') },
      [`PUT ${PATH}`]: {
        status: 500,
        body: { error: { code: 'WM_INTERNAL', message: 'Something went wrong' } },
      },
    });
    const user = userEvent.setup();
    const strengths = await openAboutMe();
    expect(screen.getByText(/You have not written anything here yet/)).toBeTruthy();

    await user.type(strengths, 'I keep going.');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Something went wrong on our side');
    expect(strengths.value).toBe('I keep going.');
  });
});
