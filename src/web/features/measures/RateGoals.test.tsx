import { cleanup, screen, within } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeServer, SIGNED_IN } from '../../testing/fake-server.ts';
import { BASE, goalData, storedItem } from '../../testing/record-items.ts';
import { findPage, renderApp } from '../../testing/render.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const goal = (id: string, title: string) => storedItem('goal', id, goalData(title));

describe('Rate my goals', () => {
  it('asks for at least one rating, then sends each rated goal 0 to 10', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${BASE}/goals`]: {
        status: 200,
        body: {
          items: [
            goal('6f1c2d3e-0a4b-4c5d-8e9f-0a1b2c3d4e5f', 'Swim once a week'),
            goal('7f1c2d3e-0a4b-4c5d-8e9f-0a1b2c3d4e5f', 'Call my sister'),
          ],
        },
      },
      [`POST ${BASE}/goal-ratings`]: {
        status: 201,
        body: { id: 'r1', authored: '2026-11-25T14:02:00.000Z', scores: [], riskSignals: [] },
      },
    });
    const user = userEvent.setup();
    renderApp('/rate-my-goals');
    await findPage('Rate my goals');
    const swim = await screen.findByRole('group', { name: 'Swim once a week' });
    await user.click(screen.getByRole('button', { name: 'Save my ratings' }));
    expect(await screen.findByRole('link', { name: 'Rate at least one goal' })).toBeTruthy();
    expect(server.sent('POST', `${BASE}/goal-ratings`)).toHaveLength(0);

    await user.click(within(swim).getByLabelText('6'));
    await user.click(screen.getByRole('button', { name: 'Save my ratings' }));
    await screen.findByText(/Saved at \d\d:\d\d/);
    const [sent] = server.sent('POST', `${BASE}/goal-ratings`);
    expect(sent?.body).toEqual({
      ratings: [{ goalId: '6f1c2d3e-0a4b-4c5d-8e9f-0a1b2c3d4e5f', rating: 6 }],
      forMeOnly: false,
    });
  });
});
