import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ACCOUNT, fakeServer, SIGNED_IN } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const BASE = `/api/people/${ACCOUNT.id}`;

describe('A goal’s "By when"', () => {
  it('refuses 30 February in plain words, keeps what was typed in the boxes, and sends nothing', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${BASE}/life-areas`]: { status: 200, body: { items: [] } },
    });
    const user = userEvent.setup();
    renderApp('/goals/new');
    await findPage('Add a goal');
    await user.type(
      await screen.findByLabelText('What do you want to work towards?'),
      'Swim in the sea',
    );
    const byWhen = screen.getByRole('group', { name: 'By when (optional)' });
    await user.type(within(byWhen).getByLabelText('Day'), '30');
    await user.type(within(byWhen).getByLabelText('Month'), '2');
    await user.type(within(byWhen).getByLabelText('Year'), '2026');
    // The detailed words load with the date field.
    await import('../../../domain/date-words.ts');
    await user.click(screen.getByRole('button', { name: 'Save goal' }));

    const message = 'There is no 30 February 2026: February 2026 has 28 days';
    const summary = await screen.findByRole('alert');
    const link = within(summary).getByRole('link', { name: message });
    expect(link.getAttribute('href')).toBe('#targetDate');
    expect(within(byWhen).getByText(message)).toBeTruthy();
    expect((within(byWhen).getByLabelText('Day') as HTMLInputElement).value).toBe('30');
    expect((within(byWhen).getByLabelText('Month') as HTMLInputElement).value).toBe('2');
    expect((within(byWhen).getByLabelText('Year') as HTMLInputElement).value).toBe('2026');
    expect(within(byWhen).getByLabelText('Day').getAttribute('aria-invalid')).toBe('true');
    expect(server.sent('POST', `${BASE}/goals`)).toEqual([]);

    await user.click(link);
    await waitFor(() => expect(document.activeElement?.id).toBe('targetDate'));
  });

  it('says which part is missing', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${BASE}/life-areas`]: { status: 200, body: { items: [] } },
    });
    const user = userEvent.setup();
    renderApp('/goals/new');
    await findPage('Add a goal');
    await user.type(await screen.findByLabelText('What do you want to work towards?'), 'Swim');
    const byWhen = screen.getByRole('group', { name: 'By when (optional)' });
    await user.type(within(byWhen).getByLabelText('Day'), '28');
    await user.type(within(byWhen).getByLabelText('Year'), '2027');
    await import('../../../domain/date-words.ts');
    await user.click(screen.getByRole('button', { name: 'Save goal' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'The date must include a month',
    );
  });
});
