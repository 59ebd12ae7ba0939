import { cleanup, screen, within } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ACCOUNT, fakeServer, SIGNED_IN } from '../../testing/fake-server.ts';
import { goalData } from '../../testing/record-items.ts';
import { findPage, renderApp } from '../../testing/render.tsx';
import { wholeText } from '../../testing/text.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const BASE = `/api/people/${ACCOUNT.id}/suggestions`;
const base = goalData('Get out more');
const suggestion = (over: object = {}) => ({
  id: 's-1',
  kind: 'goal',
  itemId: 'goal-1',
  by: { knownAs: 'Jo', accountName: 'Jo Bloggs' },
  status: 'pending',
  changed: false,
  reply: '',
  createdAt: '2026-11-29T10:00:00.000Z',
  decidedAt: null,
  baseVersion: 2,
  base,
  proposed: { ...base, title: 'Get out more often' },
  current: { version: 2, data: base },
  outdated: false,
  itemGone: false,
  ...over,
});

describe('Suggestions', () => {
  it('shows who suggested what, the words taken out and added, and declines with a reply', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${BASE}`]: [
        { status: 200, body: { pending: 1, suggestions: [suggestion()] } },
        {
          status: 200,
          body: {
            pending: 0,
            suggestions: [suggestion({ status: 'declined', reply: 'Not yet' })],
          },
        },
      ],
      [`POST ${BASE}/s-1/decline`]: {
        status: 200,
        body: suggestion({ status: 'declined', reply: 'Not yet' }),
      },
    });
    const user = userEvent.setup();
    renderApp('/suggestions');
    await findPage('Suggestions');
    const card = within(
      (await screen.findByText('Jo suggested a change to a goal')).closest('li') as HTMLElement,
    );
    expect(card.getByText('Goal')).toBeTruthy();
    expect(card.getByText('often').closest('ins')).toBeTruthy();
    await user.type(card.getByLabelText('A reply to Jo (optional)'), 'Not yet');
    await user.click(card.getByRole('button', { name: 'Decline' }));
    expect(await screen.findByText('Declined. Nothing in your record changed.')).toBeTruthy();
    expect(server.sent('POST', `${BASE}/s-1/decline`)[0]?.body).toEqual({ reply: 'Not yet' });
    expect(await screen.findByText('Reply: Not yet')).toBeTruthy();
  });

  it('shows the words saved now, the suggestion and its base when the goal changed since, and accepts against the version shown', async () => {
    const now = { ...base, why: 'Fresh air helps' };
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${BASE}`]: {
        status: 200,
        body: {
          pending: 1,
          suggestions: [suggestion({ outdated: true, current: { version: 3, data: now } })],
        },
      },
      [`POST ${BASE}/s-1/accept`]: { status: 200, body: suggestion({ status: 'accepted' }) },
    });
    const user = userEvent.setup();
    renderApp('/suggestions');
    await findPage('Suggestions');
    expect(
      await screen.findByText(wholeText(/This has changed since Jo made the suggestion/)),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Saved now' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'What the suggestion was based on' })).toBeTruthy();
    expect(screen.getByText('Fresh air helps')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Change it, then accept' }));
    // The words to change start from the suggestion merged with what was saved since.
    expect((screen.getByLabelText('Goal') as HTMLInputElement).value).toBe('Get out more often');
    expect((screen.getByLabelText('Why it matters') as HTMLTextAreaElement).value).toBe(
      'Fresh air helps',
    );
    await user.click(screen.getByRole('button', { name: 'Accept with my changes' }));
    expect(await screen.findByText('Accepted. It is now part of your record.')).toBeTruthy();
    const [sent] = server.sent('POST', `${BASE}/s-1/accept`);
    expect(sent?.headers['If-Match']).toBe('W/"3"');
    expect(sent?.body).toMatchObject({ data: { title: 'Get out more often' } });
  });
});
