import { cleanup, screen, within } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import phq9 from '../../../../measures/phq-9.json' with { type: 'json' };
import qpr15 from '../../../../measures/qpr-15.json' with { type: 'json' };
import { aboutForPerson } from '../../../domain/measures/about.ts';
import { ACCOUNT, fakeServer, SIGNED_IN } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const MEASURE = {
  id: 'phq-9',
  url: phq9.url,
  version: phq9.version,
  title: phq9.title,
  status: 'active',
  source: 'built-in',
  needsWording: false,
  forPerson: aboutForPerson('phq-9', phq9.description),
  updatedAt: '2026-11-25T09:00:00.000Z',
  questionnaire: phq9,
};
const RESPONSES = `/api/people/${ACCOUNT.id}/measure-responses`;

const answered = (risk: boolean) => ({
  status: 201,
  body: {
    id: 'response-1',
    version: 1,
    measureId: 'phq-9',
    authored: '2026-11-25T10:00:00.000Z',
    note: null,
    forMeOnly: false,
    scores: [
      {
        id: 'total',
        label: 'PHQ-9 total',
        value: risk ? 1 : 0,
        band: { id: 'minimal', label: 'Minimal', min: 0, max: 4 },
        explanation: ['Added up items 1 to 9: 0 + 0 + 0 + 0 + 0 + 0 + 0 + 0 + 1 = 1.'],
      },
    ],
    riskSignals: risk
      ? [
          {
            id: 'phq9-item-9',
            linkId: 'phq9-9',
            score: 1,
            label: 'for the service',
            explanation: '',
          },
        ]
      : [],
    support: risk
      ? {
          message: 'Some of your answers say things are hard right now.',
          safetyPlan: `/api/people/${ACCOUNT.id}/safety-plan`,
          crisisPlan: `/api/people/${ACCOUNT.id}/crisis-plan`,
        }
      : null,
    createdAt: '2026-11-25T10:00:00.000Z',
    updatedAt: '2026-11-25T10:00:00.000Z',
  },
});

async function answerPhq9(itemNine: string) {
  const user = userEvent.setup();
  renderApp('/questionnaires/phq-9');
  await findPage(/PHQ-9/);
  await screen.findByRole('heading', { name: 'Part 1 of 2' });
  for (let item = 1; item <= 9; item += 1) {
    const group = document.getElementById(`q-phq9-${item}-first`)?.closest('fieldset');
    if (!group) throw new Error(`no question ${item}`);
    await user.click(within(group).getByLabelText(item === 9 ? itemNine : 'Not at all'));
  }
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await screen.findByRole('heading', { name: 'Part 2 of 2' });
  await user.click(screen.getByLabelText('Not difficult at all'));
  await user.click(screen.getByRole('button', { name: 'Save my answers' }));
  await screen.findByRole('heading', { name: 'Your score' });
}

/** Answers every PHQ-9 question "Not at all" except the one skipped, then saves. */
async function answerPhq9Skipping(skipped: number) {
  const user = userEvent.setup();
  renderApp('/questionnaires/phq-9');
  await findPage(/PHQ-9/);
  await screen.findByRole('heading', { name: 'Part 1 of 2' });
  for (let item = 1; item <= 9; item += 1) {
    if (item === skipped) continue;
    const group = document.getElementById(`q-phq9-${item}-first`)?.closest('fieldset');
    if (!group) throw new Error(`no question ${item}`);
    await user.click(within(group).getByLabelText('Not at all'));
  }
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await screen.findByRole('heading', { name: 'Part 2 of 2' });
  await user.click(screen.getByLabelText('Not difficult at all'));
  await user.click(screen.getByRole('button', { name: 'Save my answers' }));
  await screen.findByRole('heading', { name: 'Your score' });
}

const base = answered(false).body;

describe('Answering a questionnaire', () => {
  it('says what it is about, how long it takes and who sees the answers, before the first question only', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      'GET /api/measures/phq-9': { status: 200, body: MEASURE },
    });
    const user = userEvent.setup();
    renderApp('/questionnaires/phq-9');
    await findPage(/PHQ-9/);
    await screen.findByRole('heading', { name: 'Part 1 of 2' });
    expect(screen.getByText(/How you have been feeling over the last 2 weeks/)).toBeTruthy();
    expect(screen.getByText('10 questions. About 3 minutes.')).toBeTruthy();
    expect(screen.getByText(/Only you see your answers/)).toBeTruthy();
    for (let item = 1; item <= 9; item += 1) {
      const group = document.getElementById(`q-phq9-${item}-first`)?.closest('fieldset');
      if (!group) throw new Error(`no question ${item}`);
      await user.click(within(group).getByLabelText('Not at all'));
    }
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { name: 'Part 2 of 2' });
    expect(screen.queryByText('10 questions. About 3 minutes.')).toBeNull();
  });

  it('shows the instructions before the statements, with the time they ask about', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      'GET /api/measures/qpr-15': {
        status: 200,
        body: {
          ...MEASURE,
          id: 'qpr-15',
          title: qpr15.title,
          forPerson: aboutForPerson('qpr-15', qpr15.description),
          questionnaire: qpr15,
        },
      },
    });
    renderApp('/questionnaires/qpr-15');
    await findPage(/QPR-15/);
    await screen.findByRole('heading', { name: 'Part 1 of 1' });
    const instructions = screen.getByText(/in particular over the last 7 days/);
    const first = document.getElementById('q-qpr-1-first') as HTMLElement;
    // Read first: the instructions come before the first statement on the same screen.
    expect(instructions.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
  });

  it('when an answer signals risk, calmly offers the safety plan, the crisis plan and the crisis lines', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      'GET /api/measures/phq-9': { status: 200, body: MEASURE },
      [`POST ${RESPONSES}`]: answered(true),
    });
    await answerPhq9('Several days');

    const [sent] = server.sent('POST', RESPONSES);
    const body = sent?.body as { measureId: string; response: { item: { item: unknown[] }[] } };
    expect(body.measureId).toBe('phq-9');
    // The answers keep the questionnaire's group, with all nine items in it.
    expect(body.response.item[0]?.item).toHaveLength(9);

    const support = screen.getByRole('region', { name: 'Your plans are here for you' });
    expect(
      within(support).getByRole('link', { name: 'Open my safety plan' }).getAttribute('href'),
    ).toBe('/plans/safety');
    expect(
      within(support).getByRole('link', { name: 'Open my crisis plan' }).getAttribute('href'),
    ).toBe('/crisis-plan');
    expect(within(support).getByText(/If you are in danger now/)).toBeTruthy();
    // Part of the page, never a pop-up; the score is still there to read.
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByText('Your score is 1 out of 27 (Minimal).')).toBeTruthy();
    // What the service reads about the signal is not shown to the person.
    expect(screen.queryByText('for the service')).toBeNull();
  });

  it('without a risk signal shows the score and how it was worked out, and no crisis content', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      'GET /api/measures/phq-9': { status: 200, body: MEASURE },
      [`POST ${RESPONSES}`]: answered(false),
    });
    await answerPhq9('Not at all');
    expect(screen.getByText('Your score is 0 out of 27 (Minimal).')).toBeTruthy();
    expect(screen.getByText('How this was worked out')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Your plans are here for you' })).toBeNull();
  });

  it('a measure that needs its wording says so and asks nothing', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      'GET /api/measures/reqol-10': {
        status: 200,
        body: { ...MEASURE, id: 'reqol-10', title: 'ReQoL-10', needsWording: true },
      },
    });
    renderApp('/questionnaires/reqol-10');
    await findPage('ReQoL-10');
    expect(
      await screen.findByText('This measure needs its wording loaded by your service'),
    ).toBeTruthy();
    expect(screen.queryByRole('radio')).toBeNull();
  });

  it('question 9 may be skipped; then the same calm support is offered, and nothing blocks', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      'GET /api/measures/phq-9': { status: 200, body: MEASURE },
      [`POST ${RESPONSES}`]: {
        status: 201,
        body: {
          ...base,
          scores: [{ id: 'total', label: 'PHQ-9 total', value: null, explanation: ['…'] }],
          riskSignals: [
            {
              id: 'phq9-item-9-unanswered',
              linkId: 'phq9-9',
              score: null,
              label: 'x',
              explanation: '',
            },
          ],
          support: answered(true).body.support,
        },
      },
    });
    await answerPhq9Skipping(9);
    const body = server.sent('POST', RESPONSES)[0]?.body as {
      response: { item: { item: { linkId: string }[] }[] };
    };
    expect(body.response.item[0]?.item.map((item) => item.linkId)).not.toContain('phq9-9');
    const support = screen.getByRole('region', { name: 'Your plans are here for you' });
    expect(within(support).getByRole('link', { name: 'Open my safety plan' })).toBeTruthy();
    expect(within(support).getByRole('link', { name: 'Open my crisis plan' })).toBeTruthy();
    expect(within(support).getByText(/If you are in danger now/)).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByText('There is no score this time.')).toBeTruthy();
  });

  it('says when a score is prorated, and from how many answers', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      'GET /api/measures/phq-9': { status: 200, body: MEASURE },
      [`POST ${RESPONSES}`]: {
        status: 201,
        body: {
          ...base,
          scores: [
            {
              id: 'total',
              label: 'PHQ-9 total',
              value: 5,
              band: { id: 'mild', label: 'Mild', min: 5, max: 9 },
              prorated: { answered: 8, items: 9 },
              explanation: [
                'Answers missing: 1 of 9. Up to 2 may be missing, so the sum is prorated: 4 × 9 ÷ 8 = 4.5.',
              ],
            },
          ],
        },
      },
    });
    await answerPhq9Skipping(8);
    expect(
      screen.getByText(
        'Your score is 5 out of 27 (Mild). Some questions were skipped, so it is prorated: worked out from 8 of 9 answers. “How this was worked out” shows the sums.',
      ),
    ).toBeTruthy();
    expect(screen.getByText(/4 × 9 ÷ 8 = 4\.5/)).toBeTruthy();
  });
});
