import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CHECKIN_SETTINGS } from '../../../domain/checkins/checkins.schema.ts';
import { ACCOUNT, fakeServer, SIGNED_IN } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';
import { checkCheckin, nowWithOffset } from './CheckInPage.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const BASE = `/api/people/${ACCOUNT.id}`;
const SETTINGS = {
  version: 2,
  updatedAt: '2026-11-20T09:00:00.000Z',
  data: { ...DEFAULT_CHECKIN_SETTINGS, warningSignPrompts: ['Sleeping past noon'] },
};

const saved = (body: Record<string, unknown>) => ({
  id: 'checkin-1',
  version: 1,
  takenOn: '2026-11-25',
  createdAt: '2026-11-25T14:02:00.000Z',
  updatedAt: '2026-11-25T14:02:00.000Z',
  ...body,
});

describe('Check in', () => {
  it('with nothing chosen, says what to do, links to the first scale and sends nothing', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${BASE}/checkin-settings`]: { status: 200, body: SETTINGS },
    });
    const user = userEvent.setup();
    renderApp('/check-in');
    await findPage('Check in');
    await screen.findByRole('group', { name: 'Mood' });

    await user.click(screen.getByRole('button', { name: 'Save my check-in' }));
    const summary = await screen.findByRole('alert');
    const link = within(summary).getByRole('link', {
      name: 'Give at least one score, or say which warning signs are present',
    });
    expect(link.getAttribute('href')).toBe('#scale-mood-1');
    expect(document.getElementById('scale-mood-1')).toBeTruthy();
    // The message is repeated beside the field, and the tab title says there is an error.
    const mood = screen.getByRole('group', { name: 'Mood' });
    expect(within(mood).getByText(/Give at least one score/)).toBeTruthy();
    await waitFor(() => expect(document.title).toMatch(/^Error: /));
    expect(server.sent('POST', `${BASE}/checkins`)).toHaveLength(0);
  });

  it('keeps what was typed when the note is too long, then sends the scores and shows the planned actions', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${BASE}/checkin-settings`]: { status: 200, body: SETTINGS },
      [`POST ${BASE}/checkins`]: (call) => ({
        status: 201,
        body: {
          ...saved(call.body as Record<string, unknown>),
          plannedActions: [{ sign: 'Sleeping past noon', whatToDo: 'Set two alarms and text Ade' }],
        },
      }),
    });
    const user = userEvent.setup();
    renderApp('/check-in');
    await findPage('Check in');
    const mood = await screen.findByRole('group', { name: 'Mood' });
    await user.click(within(mood).getByLabelText('4'));
    await user.click(within(screen.getByRole('group', { name: 'Sleep' })).getByLabelText(/^1/));
    await user.click(screen.getByLabelText('Sleeping past noon'));
    await user.click(screen.getByLabelText('For me only'));
    const note = screen.getByLabelText(
      'Anything you want to add (optional)',
    ) as HTMLTextAreaElement;
    // Typing 2,001 characters key by key is slow; the value is set as the field would be.
    note.value = 'x'.repeat(2001);
    note.dispatchEvent(new Event('input', { bubbles: true }));
    await user.click(screen.getByRole('button', { name: 'Save my check-in' }));
    await screen.findByText('This must be 2,000 characters or fewer', { selector: 'a' });
    expect(server.sent('POST', `${BASE}/checkins`)).toHaveLength(0);
    expect((within(mood).getByLabelText('4') as HTMLInputElement).checked).toBe(true);

    await user.clear(note);
    await user.type(note, 'Rough night');
    await user.click(screen.getByRole('button', { name: 'Save my check-in' }));
    await screen.findByText(/Check-in saved at \d\d:\d\d/);
    const [sent] = server.sent('POST', `${BASE}/checkins`);
    expect(sent?.body).toMatchObject({
      scores: { mood: 4, sleep: 1 },
      note: 'Rough night',
      forMeOnly: true,
      signsPresent: ['Sleeping past noon'],
    });
    const planned = screen.getByRole('region', { name: 'What you planned for this' });
    expect(within(planned).getByText('Set two alarms and text Ade')).toBeTruthy();
  });
});

describe('checkCheckin', () => {
  it('accepts a warning sign alone, and a score alone', async () => {
    const settings = DEFAULT_CHECKIN_SETTINGS;
    const at = nowWithOffset(new Date('2026-11-25T14:00:00Z'));
    const empty = { scores: {}, note: '', forMeOnly: false, signsPresent: [] };
    expect((await checkCheckin(empty, settings, at)).ok).toBe(false);
    expect(
      (await checkCheckin({ ...empty, signsPresent: ['Sleeping past noon'] }, settings, at)).ok,
    ).toBe(true);
    expect((await checkCheckin({ ...empty, scores: { hope: 6 } }, settings, at)).ok).toBe(true);
  });

  it('writes the moment with this device offset', () => {
    expect(nowWithOffset()).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
  });
});
