import { cleanup, screen } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { conditionsQuestionnaire } from '../../../domain/measures/conditions.fixture.ts';
import { ACCOUNT, fakeServer, SIGNED_IN } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const RESPONSES = `/api/people/${ACCOUNT.id}/measure-responses`;

describe('A questionnaire with conditions (enableWhen)', () => {
  it('shows a question only when it applies, checks required ones, and sends only what was shown', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      'GET /api/measures/conditions': {
        status: 200,
        body: {
          id: 'conditions',
          url: 'https://example.org/Questionnaire/test',
          version: '1',
          title: 'Smoking and mood',
          status: 'active',
          source: 'imported',
          needsWording: false,
          forPerson: { about: 'A questionnaire your service added.', time: null },
          updatedAt: '2026-11-25T09:00:00.000Z',
          questionnaire: conditionsQuestionnaire(),
        },
      },
      [`POST ${RESPONSES}`]: {
        status: 201,
        body: {
          id: 'r1',
          version: 1,
          measureId: 'conditions',
          authored: '2026-11-25T10:00:00.000Z',
          note: null,
          forMeOnly: false,
          scores: [],
          riskSignals: [],
          support: null,
        },
      },
    });
    const user = userEvent.setup();
    renderApp('/questionnaires/conditions');
    await findPage('Smoking and mood');
    // "Anything else?" applies while smoking is unanswered, so it has a screen of its own.
    await screen.findByRole('heading', { name: 'Part 1 of 2' });
    expect(screen.queryByLabelText('How many a day?')).toBeNull();

    await user.click(screen.getByLabelText('Yes'));
    const perDay = await screen.findByLabelText('How many a day?');
    await user.click(screen.getByLabelText('good'));
    // Smoking answered and mood good: "Anything else?" no longer applies; this is the last part.
    await screen.findByRole('heading', { name: 'Part 1 of 1' });
    await user.click(screen.getByRole('button', { name: 'Save my answers' }));
    expect(await screen.findByRole('link', { name: 'Answer this question' })).toBeTruthy();
    expect(server.sent('POST', RESPONSES)).toHaveLength(0);

    await user.type(perDay, '25');
    expect(await screen.findByText('Help to cut down is available.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save my answers' }));
    await screen.findByRole('heading', { name: 'Your score' });
    const [sent] = server.sent('POST', RESPONSES);
    const body = sent?.body as { response: { item: { linkId: string }[] } } | undefined;
    expect(body?.response.item.map((item) => item.linkId)).toEqual(['smokes', 'perDay', 'mood']);
    expect(body?.response.item[1]).toEqual({ linkId: 'perDay', answer: [{ valueInteger: 25 }] });
  });
});
