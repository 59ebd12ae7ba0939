import { cleanup, screen, within } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ACCOUNT, fakeServer, SIGNED_IN } from '../../testing/fake-server.ts';
import { progressReads } from '../../testing/progress-answers.ts';
import { findPage, renderApp } from '../../testing/render.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const BASE = `/api/people/${ACCOUNT.id}`;
const checkin = (version: number) => ({
  id: 'checkin-1',
  version,
  takenAt: '2026-11-24T20:00:00.000Z',
  takenOn: '2026-11-24',
  scores: { mood: 4 },
  forMeOnly: false,
  note: 'A long day.',
  createdAt: '2026-11-24T20:00:00.000Z',
  updatedAt: '2026-11-24T20:00:00.000Z',
});

describe('Why I scored this', () => {
  it('deletes a check-in after asking once, and Undo brings it back with the deleted version', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${BASE}/checkins/checkin-1`]: { status: 200, body: checkin(2) },
      [`DELETE ${BASE}/checkins/checkin-1`]: { status: 200, body: checkin(3) },
      [`POST ${BASE}/checkins/checkin-1/undelete`]: { status: 200, body: checkin(4) },
      ...progressReads(BASE),
    });
    const user = userEvent.setup();
    renderApp('/how-i-am-doing/check-ins/checkin-1');
    await findPage('Why I scored this');
    await user.click(await screen.findByRole('button', { name: 'Delete this check-in' }));
    expect(screen.getByText(/Delete your check-in from .*\? You can undo this/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Yes, delete it' }));

    const notice = await screen.findByText(/^Check-in from .* deleted\.$/);
    const region = notice.closest('[role="status"]') as HTMLElement;
    expect(region).toBeTruthy();
    expect(server.sent('DELETE', `${BASE}/checkins/checkin-1`)[0]?.headers['If-Match']).toBe(
      'W/"2"',
    );
    await user.click(within(region).getByRole('button', { name: 'Undo' }));
    expect(await within(region).findByText(/^Check-in from .* is back\.$/)).toBeTruthy();
    expect(server.sent('POST', `${BASE}/checkins/checkin-1/undelete`)[0]?.headers['If-Match']).toBe(
      'W/"3"',
    );
  });

  it('shows how a questionnaire score was worked out, step by step', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      [`GET ${BASE}/measure-responses/answers-1`]: {
        status: 200,
        body: {
          id: 'answers-1',
          version: 1,
          measureId: 'phq-9',
          questionnaire: 'https://waymark.example/fhir/Questionnaire/phq-9|1.0.0',
          authored: '2026-11-24T20:00:00.000Z',
          note: '',
          forMeOnly: false,
          response: { resourceType: 'QuestionnaireResponse', status: 'completed', item: [] },
          scores: [
            {
              id: 'total',
              label: 'PHQ-9 total',
              value: 6,
              explanation: ['Adds up the 9 answers.', '1 + 2 + 1 + 1 + 0 + 0 + 1 + 0 + 0 = 6.'],
            },
          ],
          riskSignals: [],
          support: null,
          createdAt: '2026-11-24T20:00:00.000Z',
          updatedAt: '2026-11-24T20:00:00.000Z',
        },
      },
    });
    renderApp('/how-i-am-doing/answers/answers-1');
    await findPage('Why I scored this');
    const score = (await screen.findByText(/PHQ-9 total/)).closest('li') as HTMLElement;
    const steps = within(score).getByText('How this was worked out').closest('details');
    expect(steps?.textContent).toContain('1 + 2 + 1 + 1 + 0 + 0 + 1 + 0 + 0 = 6.');
  });
});
