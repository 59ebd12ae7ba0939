import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_STAYING_WELL, type StayingWellPlan } from '../../../domain/record/plans.schema.ts';
import { type Call, fakeServer, SIGNED_IN } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';
import { BASE } from './plans.test-data.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const PATH = `${BASE}/staying-well-plan`;
const doc = (version: number, data: Partial<StayingWellPlan>) => ({
  version,
  updatedAt: '2026-11-25T14:02:00.000Z',
  data: { ...EMPTY_STAYING_WELL, ...data },
});

const inputs = (list: HTMLElement) =>
  within(list)
    .getAllByRole('textbox')
    .map((box) => (box as HTMLInputElement).value);

describe('Staying-well plan', () => {
  it('puts a list in order with Move up and Move down, keeps focus on the moved entry, and saves that order', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${PATH}`]: {
        status: 200,
        body: doc(2, { daily: ['Walk before 10', 'Text my sister', 'Cook a proper tea'] }),
      },
      [`PUT ${PATH}`]: (call: Call) => ({
        status: 200,
        body: doc(3, call.body as StayingWellPlan),
      }),
    });
    const user = userEvent.setup();
    renderApp('/plans/staying-well');
    await findPage('My staying-well plan');

    const daily = await screen.findByRole('list', { name: 'What I do every day to stay well' });
    expect(inputs(daily)).toEqual(['Walk before 10', 'Text my sister', 'Cook a proper tea']);
    // The first entry cannot move up; the last cannot move down.
    expect(within(daily).queryByRole('button', { name: 'Move up “Walk before 10”' })).toBeNull();
    expect(
      within(daily).queryByRole('button', { name: 'Move down “Cook a proper tea”' }),
    ).toBeNull();

    await user.click(within(daily).getByRole('button', { name: 'Move down “Walk before 10”' }));
    expect(inputs(daily)).toEqual(['Text my sister', 'Walk before 10', 'Cook a proper tea']);
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(daily).getByRole('button', { name: 'Move down “Walk before 10”' }),
      ),
    );
    // The keyboard works the same way: Enter on the focused button moves it again.
    await user.keyboard('{Enter}');
    expect(inputs(daily)).toEqual(['Text my sister', 'Cook a proper tea', 'Walk before 10']);
    // At the bottom, focus moves to the entry's other button.
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(daily).getByRole('button', { name: 'Move up “Walk before 10”' }),
      ),
    );
    await user.click(within(daily).getByRole('button', { name: 'Move up “Cook a proper tea”' }));
    expect(inputs(daily)).toEqual(['Cook a proper tea', 'Text my sister', 'Walk before 10']);

    await user.click(screen.getByRole('button', { name: 'Save staying-well plan' }));
    expect(await screen.findByText(/^Saved at \d\d:\d\d$/)).toBeTruthy();
    const [put] = server.sent('PUT', PATH);
    if (!put) throw new Error('The plan was not saved');
    expect(put.headers['If-Match']).toBe('W/"2"');
    expect((put.body as StayingWellPlan).daily).toEqual([
      'Cook a proper tea',
      'Text my sister',
      'Walk before 10',
    ]);
  });

  it('removes an entry with Undo, adds pairs, and drops rows left empty when saving', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${PATH}`]: { status: 200, body: doc(1, { weekly: ['Football', 'Phone Dad'] }) },
      [`PUT ${PATH}`]: (call: Call) => ({
        status: 200,
        body: doc(2, call.body as StayingWellPlan),
      }),
    });
    const user = userEvent.setup();
    renderApp('/plans/staying-well');
    const weekly = await screen.findByRole('list', { name: 'What I do every week' });

    await user.click(within(weekly).getByRole('button', { name: 'Remove “Football”' }));
    expect(inputs(weekly)).toEqual(['Phone Dad']);
    const status = await screen.findByText('Removed “Football”. It is gone when you save.');
    await user.click(
      within(status.closest('[role="status"]') as HTMLElement).getByRole('button', {
        name: 'Undo',
      }),
    );
    await waitFor(() => expect(inputs(weekly)).toEqual(['Football', 'Phone Dad']));

    await user.click(screen.getByRole('button', { name: 'Add a trigger' }));
    // The new entry's first field takes focus.
    const trigger = screen.getByLabelText('What can set me off');
    expect(document.activeElement).toBe(trigger);
    await user.type(trigger, 'Letters about money');
    await user.type(screen.getByLabelText('What helps'), 'Open them with my key worker');
    await user.click(screen.getByRole('button', { name: 'Add something I do every day' }));

    await user.click(screen.getByRole('button', { name: 'Save staying-well plan' }));
    await screen.findByText(/^Saved at /);
    expect(server.sent('PUT', PATH)[0]?.body).toEqual({
      ...EMPTY_STAYING_WELL,
      weekly: ['Football', 'Phone Dad'],
      triggers: [{ trigger: 'Letters about money', whatHelps: 'Open them with my key worker' }],
    });
  });

  it('names the field in the error summary when a sign is missing but what helps is written', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${PATH}`]: { status: 200, body: doc(0, {}) },
    });
    const user = userEvent.setup();
    renderApp('/plans/staying-well');
    await findPage('My staying-well plan');
    await user.click(await screen.findByRole('button', { name: 'Add an early warning sign' }));
    await user.type(screen.getByLabelText('What I or others should do'), 'Call Mum');
    await user.click(screen.getByRole('button', { name: 'Save staying-well plan' }));

    const summary = await screen.findByRole('alert');
    const link = within(summary).getByRole('link', { name: 'This cannot be empty' });
    expect(link.getAttribute('href')).toBe('#earlyWarningSigns-0-sign');
    expect(document.getElementById('earlyWarningSigns-0-sign')).not.toBeNull();
    await waitFor(() => expect(document.title).toMatch(/^Error: /));
  });
});

describe('Staying-well plan: items added and not saved', () => {
  it('asks before Home takes the person away, and has the items back when they return', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${PATH}`]: { status: 200, body: doc(2, { daily: ['Walk before 10'] }) },
      [`GET ${BASE}/about-me`]: { status: 200, body: { version: 0, updatedAt: null, data: {} } },
      [`GET ${BASE}/goals`]: { status: 200, body: { items: [] } },
    });
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/plans/staying-well');
    renderApp('/plans/staying-well');
    await findPage('My staying-well plan');
    const daily = await screen.findByRole('list', { name: 'What I do every day to stay well' });
    await user.click(screen.getByRole('button', { name: 'Add something I do every day' }));
    await user.keyboard('Text my sister');
    expect(inputs(daily)).toEqual(['Walk before 10', 'Text my sister']);
    await import('../../lib/leave-guard.ts');

    await user.click(screen.getAllByRole('link', { name: 'Home' })[0] as HTMLElement);
    await user.click(await screen.findByRole('button', { name: 'Leave for now' }));
    await findPage('My recovery');
    cleanup();
    renderApp('/plans/staying-well');
    await findPage('My staying-well plan');
    const back = await screen.findByRole('list', { name: 'What I do every day to stay well' });
    expect(inputs(back)).toEqual(['Walk before 10', 'Text my sister']);
    await screen.findByText(/^You have changes here that you have not saved yet/);
  });
});
