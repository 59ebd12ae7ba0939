import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeServer, SIGNED_IN } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const ZOE = '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f';
const BEN = '3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a';
const teams = [
  { id: 't1', name: 'Riverside team' },
  { id: 't2', name: 'Hillside team' },
];
const zoe = {
  personId: ZOE,
  name: 'Zoe Adams',
  team: teams[0],
  shared: { checkins: true, measures: true, reviews: true },
  lastCheckIn: '2026-11-23',
  lifeAreas: { direction: 'worse', from: '2026-11-01', to: '2026-11-20' },
  measures: [
    {
      measureId: 'phq-9',
      title: 'PHQ-9',
      latest: 4,
      previous: 12,
      change: -8,
      direction: 'better',
      reliableChange: 'improvement',
      reliableChangeDefined: true,
    },
  ],
  reviewDue: true,
  nextReviewDate: '2026-11-20',
  suggestionsWaiting: 0,
  needsAttention: true,
};
const ben = {
  personId: BEN,
  name: 'Ben Brown',
  team: teams[1],
  shared: { checkins: false, measures: false, reviews: false },
  lastCheckIn: null,
  lifeAreas: { direction: null, from: null, to: null },
  measures: [],
  reviewDue: null,
  nextReviewDate: null,
  suggestionsWaiting: 2,
  needsAttention: false,
};

describe('Caseload', () => {
  it('shows a table of each person with only what they shared, in plain words', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      'GET /api/caseload?sort=name': { status: 200, body: { teams, people: [ben, zoe] } },
      'GET /api/caseload?sort=deterioration': { status: 200, body: { teams, people: [zoe, ben] } },
      'GET /api/caseload?sort=deterioration&team=t1&needsAttention=true': {
        status: 200,
        body: { teams, people: [zoe] },
      },
    });
    renderApp('/caseload');
    await findPage('Caseload');
    const table = await screen.findByRole('table', { name: 'Your caseload, one row per person' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual([
      'Name',
      'Team',
      'Last check-in',
      'Life areas',
      'Measures',
      'Next review',
      'Suggestions waiting',
    ]);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('link').textContent)).toEqual([
      'Ben Brown',
      'Zoe Adams',
    ]);
    const [benRow, zoeRow] = rows.map((row) => within(row as HTMLElement));
    expect(benRow?.getByRole('link').getAttribute('href')).toBe(`/people/${BEN}`);
    expect(benRow?.getAllByText('Not shared')).toHaveLength(4);
    expect(benRow?.getByText('2')).toBeTruthy();
    expect(zoeRow?.getByText('Worse')).toBeTruthy();
    expect(zoeRow?.getByText(/PHQ-9: 4 \(was 12\), Better/)).toBeTruthy();
    expect(zoeRow?.getByText('Reliable improvement')).toBeTruthy();
    expect(zoeRow?.getByText(/^Due: /)).toBeTruthy();
    expect(zoeRow?.getByText('(may need attention)')).toBeTruthy();

    // Sorting and filtering ask the server again, with the choices in the query.
    fireEvent.change(screen.getByLabelText('Sort by'), { target: { value: 'deterioration' } });
    expect(await screen.findByText('2 people')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Team'), { target: { value: 't1' } });
    fireEvent.click(screen.getByLabelText('Only people who may need attention'));
    expect(await screen.findByText('1 person')).toBeTruthy();
    expect(server.calls.map((call) => call.path)).toContain(
      '/api/caseload?sort=deterioration&team=t1&needsAttention=true',
    );
  });

  it('says so when there is nobody to show', async () => {
    fakeServer({
      'GET /api/auth/session': SIGNED_IN,
      'GET /api/caseload?sort=name': { status: 200, body: { teams: [], people: [] } },
    });
    renderApp('/caseload');
    await findPage('Caseload');
    expect(await screen.findByText('Nobody to show here.')).toBeTruthy();
  });
});
