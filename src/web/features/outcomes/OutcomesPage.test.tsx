import { cleanup, screen, within } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ACCOUNT, fakeServer, SIGNED_IN_ADMIN } from '../../testing/fake-server.ts';
import { findPage, renderApp } from '../../testing/render.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const SERVICE = { id: 'service-1', name: 'Riverside Recovery Team', role: 'service_admin' };
const TEAMS = {
  teams: [
    { id: 'team-1', name: 'Crisis team', createdAt: '2026-11-30T10:00:00.000Z', memberCount: 2 },
    { id: 'team-2', name: 'Recovery team', createdAt: '2026-11-30T10:00:00.000Z', memberCount: 1 },
  ],
};
const band = (
  min: number,
  max: number,
  label: string,
  first: number | '*',
  latest: number | '*',
) => ({
  min,
  max,
  bandId: label.toLowerCase(),
  bandLabel: label,
  first,
  latest,
});
const REPORT = {
  policy: { name: 'strictest', hideBelow: 8, hideZero: true, roundTo: 5 },
  peopleCounted: 10,
  goalsSet: 15,
  goalsAchieved: '*',
  reviewsHeld: 10,
  series: [
    {
      series: 'measure:phq-9:total',
      kind: 'measure',
      min: 0,
      max: 27,
      higherIsBetter: false,
      peopleWithPair: 10,
      mean: { first: 15, latest: 9, change: -6 },
      distribution: [
        band(0, 4, 'Minimal', '*', '*'),
        band(5, 9, 'Mild', '*', 10),
        band(10, 14, 'Moderate', '*', '*'),
        band(15, 19, 'Moderately severe', 10, '*'),
        band(20, 27, 'Severe', '*', '*'),
      ],
      reliableChange: {
        points: 6,
        source: 'NHS Talking Therapies manual',
        improved: 10,
        noChange: '*',
        deteriorated: '*',
        improvedPercent: 100,
        noChangePercent: '*',
        deterioratedPercent: '*',
      },
      recovery: {
        atOrAbove: 10,
        source: 'NHS Talking Therapies manual, caseness',
        casesAtFirst: 10,
        recovered: 10,
        notRecovered: '*',
        recoveredPercent: 75,
      },
    },
    {
      series: 'checkin:mood:1-7',
      kind: 'checkin',
      min: 0,
      max: 10,
      higherIsBetter: true,
      peopleWithPair: '*',
      mean: { first: '*', latest: '*', change: '*' },
      distribution: [],
      reliableChange: null,
      recovery: null,
    },
    {
      // A measure the service uploaded: named by its own title.
      series: 'measure:5b0c6e1e-upload:total',
      kind: 'measure',
      title: 'Worry check',
      min: 0,
      max: 21,
      higherIsBetter: false,
      peopleWithPair: '*',
      mean: { first: '*', latest: '*', change: '*' },
      distribution: [],
      reliableChange: null,
      recovery: null,
    },
  ],
};

const fill = async (label: string, value: string) => {
  const field = screen.getByLabelText(label);
  await userEvent.clear(field);
  await userEvent.type(field, value);
};

describe('Outcomes', () => {
  it('shows a service admin the whole service’s figures for the months chosen, with charts as tables and the CSV link', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN_ADMIN,
      'GET /api/my-service': { status: 200, body: SERVICE },
      'GET /api/service/teams': { status: 200, body: TEAMS },
      'GET /api/services/service-1/outcomes?from=2026-01&to=2026-06': {
        status: 200,
        body: REPORT,
      },
    });
    renderApp('/outcomes');
    await findPage('Outcomes');
    const team = await screen.findByLabelText('Team');
    expect(
      within(team)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['The whole service', 'Crisis team', 'Recovery team']);
    await fill('First month', '2026-01');
    await fill('Last month', '2026-06');
    await userEvent.click(screen.getByRole('button', { name: 'Show outcomes' }));
    await screen.findByRole('heading', { name: 'Totals' });
    expect(
      screen.getByText(
        'A * means fewer than 8 people. We hide small numbers to keep people private.',
        {
          exact: false,
        },
      ),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Download as CSV' }).getAttribute('href')).toBe(
      '/api/services/service-1/outcomes.csv?from=2026-01&to=2026-06',
    );
    const phq = screen.getByRole('region', { name: 'PHQ-9' });
    expect(within(phq).getByText('A lower score is better.')).toBeTruthy();
    const table = within(phq).getByRole('table', { name: 'PHQ-9: How many people had each value' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      ['*', '*'],
      ['*', '10'],
      ['*', '*'],
      ['10', '*'],
      ['*', '*'],
    ]);
    expect(within(phq).getByText('Reliable change: 6 points or more')).toBeTruthy();
    expect(within(phq).getByText('10 (100%)')).toBeTruthy();
    expect(
      within(phq).getByText('Where this comes from: NHS Talking Therapies manual'),
    ).toBeTruthy();
    const mood = screen.getByRole('region', { name: 'Mood (1–7)' });
    expect(
      within(mood).getByText('Nobody counted here has a first and a latest value yet.'),
    ).toBeTruthy();
    const worry = screen.getByRole('region', { name: 'Worry check' });
    expect(within(worry).getByText('A lower score is better.')).toBeTruthy();
    expect(
      server.sent('GET', '/api/services/service-1/outcomes?from=2026-01&to=2026-06'),
    ).toHaveLength(1);
  });

  it('keeps a period that runs backwards on the form with the error beside it, asking the server nothing', async () => {
    const server = fakeServer({
      'GET /api/auth/session': SIGNED_IN_ADMIN,
      'GET /api/my-service': { status: 200, body: SERVICE },
      'GET /api/service/teams': { status: 200, body: TEAMS },
    });
    renderApp('/outcomes');
    await findPage('Outcomes');
    await screen.findByLabelText('Team');
    await fill('First month', '2026-06');
    await fill('Last month', '2026-01');
    await userEvent.click(screen.getByRole('button', { name: 'Show outcomes' }));
    const summary = await screen.findByRole('alert');
    const message =
      'The report ends before it starts. Choose an end month that is the same as the start month or after it.';
    expect(within(summary).getByRole('link', { name: message })).toBeTruthy();
    expect((screen.getByLabelText('Last month') as HTMLInputElement).value).toBe('2026-01');
    expect(screen.getByLabelText('Last month').getAttribute('aria-describedby')).toContain(
      'to-error',
    );
    await fill('First month', '13-2026');
    await fill('Last month', '2026-02');
    await userEvent.click(screen.getByRole('button', { name: 'Show outcomes' }));
    expect(
      await screen.findByText('Choose a month and year, from 2000 to 2099', {
        selector: '.field-error',
        exact: false,
      }),
    ).toBeTruthy();
    expect(server.calls.filter((call) => call.path.includes('/outcomes'))).toEqual([]);
  });

  it('offers a team lead only the teams they lead, and says so when a group is too small', async () => {
    const lead = {
      status: 200,
      body: {
        account: { ...ACCOUNT, role: 'practitioner', secondFactorRequired: false },
        csrfToken: 'csrf-token-1',
      },
    };
    fakeServer({
      'GET /api/auth/session': lead,
      'GET /api/teams': {
        status: 200,
        body: {
          teams: [
            {
              id: 'team-1',
              name: 'Crisis team',
              serviceName: 'Riverside',
              serviceId: 'service-1',
              code: null,
              lead: true,
            },
            {
              id: 'team-2',
              name: 'Recovery team',
              serviceName: 'Riverside',
              serviceId: 'service-1',
              code: null,
              lead: false,
            },
          ],
        },
      },
      'GET /api/services/service-1/outcomes?from=2026-01&to=2026-06&team=team-1': {
        status: 422,
        body: {
          error: {
            code: 'WM_REPORT_GROUP_TOO_SMALL',
            params: { smallest: 8 },
            message: 'This report would count fewer than 8 people.',
          },
        },
      },
    });
    renderApp('/outcomes');
    await findPage('Outcomes');
    const team = await screen.findByLabelText('Team');
    expect(
      within(team)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Crisis team']);
    await fill('First month', '2026-01');
    await fill('Last month', '2026-06');
    await userEvent.click(screen.getByRole('button', { name: 'Show outcomes' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('fewer than 8 people');
    expect(screen.queryByRole('heading', { name: 'Totals' })).toBeNull();
  });
});
