// The questionnaire charts on "How I'm doing": a prorated score is marked by shape and in words,
// and where the measure publishes a reliable-change threshold the page says whether the latest
// change is bigger than chance, with the threshold's source.
import { cleanup, screen, within } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ACCOUNT, fakeServer, SIGNED_IN } from '../../testing/fake-server.ts';
import { progressReads, showTable } from '../../testing/progress-answers.ts';
import { findPage, renderApp } from '../../testing/render.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const BASE = `/api/people/${ACCOUNT.id}`;
const SOURCE = 'NHS Talking Therapies for anxiety and depression Manual (test citation)';

const phq9 = (
  id: string,
  effectiveAt: string,
  value: number,
  prorated: { answered: number; items: number } | null = null,
) => ({
  id,
  responseId: `r-${id}`,
  measureId: 'phq-9',
  scaleId: 'total',
  system: 'http://snomed.info/sct',
  code: '720433000',
  display: 'PHQ-9 total',
  value,
  effectiveAt,
  forMeOnly: false,
  note: '',
  range: { min: 0, max: 27 },
  prorated,
  reliableChange: { points: 6, source: SOURCE },
});

function showProgress(points: unknown[]) {
  fakeServer({
    'GET /api/auth/session': SIGNED_IN,
    ...progressReads(BASE, { observations: { status: 200, body: { points } } }),
    [`GET ${BASE}/checkins?deleted=true`]: { status: 200, body: { items: [] } },
  });
  renderApp('/how-i-am-doing');
}

describe('Questionnaire charts on How I’m doing', () => {
  it('marks a prorated score with a diamond and says how many answers it came from', async () => {
    showProgress([
      phq9('a', '2026-03-01T09:00:00Z', 9),
      phq9('b', '2026-03-15T09:00:00Z', 5, { answered: 8, items: 9 }),
    ]);
    await findPage('How I’m doing');
    await showTable(userEvent.setup(), 'PHQ-9 total');
    const table = await screen.findByRole('table', {
      name: 'PHQ-9 total: each score with its date',
    });
    const scores = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.children[1]?.textContent);
    expect(scores).toEqual([
      '9 out of 27',
      '5 out of 27 (prorated: worked out from 8 of 9 answers)',
    ]);
    const chart = screen.getByRole('img', { name: /A diamond marks a prorated score/ });
    expect(chart.querySelectorAll('polygon.chart__marker--prorated')).toHaveLength(1);
    expect(chart.querySelectorAll('circle.chart__marker')).toHaveLength(1);
    expect(screen.getByText(/A diamond on the chart marks a prorated score/)).toBeTruthy();
  });

  it('says when the latest change is bigger than chance, and when it could be chance', async () => {
    showProgress([
      phq9('a', '2026-03-01T09:00:00Z', 18),
      phq9('b', '2026-03-15T09:00:00Z', 14),
      phq9('c', '2026-03-29T09:00:00Z', 11),
    ]);
    await findPage('How I’m doing');
    // 14 → 11 is 3 points, under the PHQ-9's 6: could be chance. 18 → 11 is 7 points: more.
    expect(
      await screen.findByText(
        'From Sunday 15 March 2026 to Sunday 29 March 2026, your score went down by 3 points. A change this small could happen by chance: for this questionnaire, a change needs to be 6 points or more to be more than chance.',
      ),
    ).toBeTruthy();
    expect(
      screen.getByText(
        'From Sunday 1 March 2026 to Sunday 29 March 2026, your score went down by 7 points. This change is bigger than could happen by chance: for this questionnaire, a change of 6 points or more is more than chance alone.',
      ),
    ).toBeTruthy();
    await userEvent.setup().click(screen.getByText('Where the threshold of 6 points comes from'));
    expect(screen.getByText(SOURCE)).toBeTruthy();
  });

  it('says nothing about chance for a measure without a published threshold', async () => {
    showProgress([
      { ...phq9('a', '2026-03-01T09:00:00Z', 18), reliableChange: null },
      { ...phq9('b', '2026-03-15T09:00:00Z', 4), reliableChange: null },
    ]);
    await findPage('How I’m doing');
    await showTable(userEvent.setup(), 'PHQ-9 total');
    await screen.findByRole('table', { name: 'PHQ-9 total: each score with its date' });
    expect(screen.queryByText(/by chance/)).toBeNull();
  });
});
