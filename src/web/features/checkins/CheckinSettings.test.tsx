import { cleanup, screen, within } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CHECKIN_SETTINGS } from '../../../domain/checkins/checkins.schema.ts';
import { EMPTY_STAYING_WELL } from '../../../domain/record/plans.schema.ts';
import { EMPTY_ABOUT_ME } from '../../../domain/record/record.schema.ts';
import { today } from '../../lib/today.ts';
import { ACCOUNT, fakeServer, SIGNED_IN } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';
import { ownScaleId } from './CheckinSettingsPage.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const BASE = `/api/people/${ACCOUNT.id}`;

describe('Check-in settings', () => {
  it('offers the staying-well plan’s early warning signs, adds a scale of one’s own and saves with the version', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${BASE}/checkin-settings`]: {
        status: 200,
        body: { version: 0, updatedAt: null, data: DEFAULT_CHECKIN_SETTINGS },
      },
      [`GET ${BASE}/staying-well-plan`]: {
        status: 200,
        body: {
          version: 3,
          updatedAt: '2026-11-20T09:00:00.000Z',
          data: {
            ...EMPTY_STAYING_WELL,
            earlyWarningSigns: [{ sign: 'Sleeping past noon', whatToDo: 'Set two alarms' }],
          },
        },
      },
      [`PUT ${BASE}/checkin-settings`]: (call) => ({
        status: 200,
        body: { version: 1, updatedAt: '2026-11-25T14:02:00.000Z', data: call.body },
      }),
    });
    const user = userEvent.setup();
    renderApp('/check-in/settings');
    await findPage('Check-in settings');
    await user.click(await screen.findByLabelText('Sleeping past noon'));
    await user.click(screen.getByLabelText('Every few days'));
    await user.type(screen.getByLabelText('Name of your scale'), 'Feeling connected');
    await user.click(screen.getByRole('button', { name: 'Add this scale' }));
    expect(screen.getByLabelText('Feeling connected')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save my settings' }));
    await screen.findByText(/Saved at \d\d:\d\d/);

    const [sent] = server.sent('PUT', `${BASE}/checkin-settings`);
    expect(sent?.headers['If-Match']).toBe('W/"0"');
    expect(sent?.body).toMatchObject({
      reminder: 'every_few_days',
      warningSignPrompts: ['Sleeping past noon'],
    });
    expect((sent?.body as typeof DEFAULT_CHECKIN_SETTINGS | undefined)?.scales.at(-1)).toEqual({
      id: 'own-feeling-connected',
      name: 'Feeling connected',
      range: '1-7',
      active: true,
    });
  });

  it('makes own-scale ids from the name, unique among the person’s scales', () => {
    expect(ownScaleId('Pain!', [])).toBe('own-pain');
    expect(ownScaleId('Pain', ['own-pain'])).toBe('own-pain-2');
    expect(ownScaleId('😀', [])).toBe('own-scale');
  });
});

describe('Home: what is due', () => {
  it('says a check-in is due and links to it', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${BASE}/about-me`]: {
        status: 200,
        body: { version: 0, updatedAt: null, data: EMPTY_ABOUT_ME },
      },
      [`GET ${BASE}/goals`]: { status: 200, body: { items: [] } },
      [`GET ${BASE}/due?today=${today()}`]: {
        status: 200,
        body: {
          today: '2026-11-25',
          checkin: { due: true, frequency: 'daily', lastCheckinOn: null, nextDueOn: '2026-11-25' },
          crisisPlanReview: null,
        },
      },
    });
    renderApp('/');
    await findPage('My recovery');
    const due = await screen.findByRole('region', { name: 'What is due' });
    expect(await within(due).findByText('A check-in is due today.')).toBeTruthy();
    expect(within(due).getByRole('link', { name: 'Check in now' }).getAttribute('href')).toBe(
      '/check-in',
    );
  });
});
