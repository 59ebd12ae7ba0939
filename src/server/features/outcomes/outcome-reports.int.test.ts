// Outcome reports over HTTP (issue 16, decision 0053) on both databases: people recorded through
// the real routes and opted in through theirs; a service admin reads the whole service and each
// team, a team lead their own team only; figures worked out by hand for a small case; every bad
// input refused with its code, changing nothing and leaking nothing; the CSV holds the same table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError } from '../../test/api.ts';
import {
  aServiceAdmin,
  type Client,
  signUp,
  startTestApp,
  type TestApp,
} from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { answersTo } from '../../test/measure-fixtures.ts';
import { aPractitionerIn, aTeam, connectToTeam } from '../../test/team-fixtures.ts';

const PERIOD = 'from=2026-09&to=2026-11';
/** PHQ-9 answers totalling 15, 12 and 8 (item 9 at 0: no risk signal). */
const PHQ9_15 = [2, 2, 2, 2, 2, 2, 2, 1, 0];
const PHQ9_12 = [2, 2, 2, 2, 1, 1, 1, 1, 0];
const PHQ9_8 = [1, 1, 1, 1, 1, 1, 1, 1, 0];

type Report = {
  peopleCounted: number | '*';
  series: {
    series: string;
    peopleWithPair: number | '*';
    mean: { first: number | '*'; latest: number | '*'; change: number | '*' };
    reliableChange: { points: number } | null;
    recovery: { atOrAbove: number; casesAtFirst: number | '*' } | null;
  }[];
};

describe.each(DIALECTS)('Outcome reports on %s', (dialect) => {
  let t: TestApp;
  let admin: Client & { serviceId: string };
  let teamA: { id: string; code: string };
  let teamB: { id: string; code: string };
  let lead: Client;
  let notLead: Client;
  const people: string[] = [];

  const ok = <R extends { statusCode: number; body: string }>(response: R, status = 200): R => {
    expect(response.statusCode, response.body).toBe(status);
    return response;
  };
  const reportOf = (client: Client, query: string, serviceId = admin.serviceId) =>
    client.request({ method: 'GET', url: `/api/services/${serviceId}/outcomes?${query}` });
  const phq9 = async (person: Client, authored: string, scores: number[]) =>
    ok(
      await person.request({
        method: 'POST',
        url: `/api/people/${person.personId}/measure-responses`,
        payload: { measureId: 'phq-9', response: answersTo('phq-9', scores, { authored }) },
      }),
      201,
    );
  /** A person in the team, opted in (unless not), with a PHQ-9 in September and November. */
  const aPersonIn = async (
    team: { code: string },
    first: number[],
    latest: number[],
    optedIn = true,
  ) => {
    const person = await signUp(t.app);
    people.push(person.personId);
    await connectToTeam(person, team.code, { measures: 'view' });
    if (optedIn)
      ok(
        await person.request({
          method: 'PUT',
          url: `/api/people/${person.personId}/outcome-consent`,
          payload: { optedIn: true },
        }),
      );
    await phq9(person, '2026-09-10T10:00:00.000Z', first);
    await phq9(person, '2026-11-10T10:00:00.000Z', latest);
    return person;
  };
  const phq9Of = (report: Report) => report.series.find((s) => s.series === 'measure:phq-9:total');

  beforeAll(async () => {
    t = await startTestApp(dialect);
    admin = await aServiceAdmin(t, undefined, { secondFactor: true });
    teamA = await aTeam(admin, 'Crisis team');
    teamB = await aTeam(admin, 'Recovery team');
    lead = await aPractitionerIn(t, admin, teamA.id, { name: 'Priya Shah' });
    notLead = await aPractitionerIn(t, admin, teamA.id, { name: 'Ola Nowak' });
    ok(
      await admin.request({
        method: 'PUT',
        url: `/api/service/teams/${teamA.id}/members/${lead.personId}/lead`,
        payload: { lead: true },
      }),
    );
    // Team A: six go from 15 to 8, two from 15 to 12; one more did not opt in.
    for (let i = 0; i < 6; i++) await aPersonIn(teamA, PHQ9_15, PHQ9_8);
    for (let i = 0; i < 2; i++) await aPersonIn(teamA, PHQ9_15, PHQ9_12);
    await aPersonIn(teamA, PHQ9_8, PHQ9_15, false);
    // Team B: one person, opted in.
    await aPersonIn(teamB, PHQ9_12, PHQ9_8);
  }, 120_000);
  afterAll(() => t.close());

  it('gives the admin team A’s figures, worked out by hand', async () => {
    const report = ok(await reportOf(admin, `${PERIOD}&team=${teamA.id}`)).json() as Report;
    // Eight people count (the ninth did not opt in): 8 is shown, rounded to the nearest 5.
    expect(report.peopleCounted).toBe(10);
    const phq = phq9Of(report);
    expect(phq?.peopleWithPair).toBe(10);
    // First: all eight at 15. Latest: (6 × 8 + 2 × 12) ÷ 8 = 9. Change: 9 − 15 = −6.
    expect(phq?.mean).toEqual({ first: 15, latest: 9, change: -6 });
    expect(phq?.reliableChange?.points).toBe(6);
    // NHS Talking Therapies caseness: all eight were at 10 or more at first.
    expect(phq?.recovery).toMatchObject({ atOrAbove: 10, casesAtFirst: 10 });
    // Series nobody recorded are there, with nothing shown of nobody.
    expect(report.series.some((s) => s.series === 'checkin:mood:1-7')).toBe(true);
    expect(JSON.stringify(report)).not.toContain(people[0]);
  });

  it('gives the admin the whole service, each person once', async () => {
    const report = ok(await reportOf(admin, PERIOD)).json() as Report;
    // Nine opted in across the two teams: 9 rounds to 10.
    expect(report.peopleCounted).toBe(10);
    // Means over nine: first (8 × 15 + 12) ÷ 9 = 14.666… → 14.7; latest (7 × 8 + 2 × 12) ÷ 9 = 8.888… → 8.9.
    expect(phq9Of(report)?.mean).toEqual({ first: 14.7, latest: 8.9, change: -5.8 });
  });

  it('gives a team lead their own team, and nothing wider or elsewhere', async () => {
    const fromLead = ok(await reportOf(lead, `${PERIOD}&team=${teamA.id}`)).body;
    expect(fromLead).toBe(ok(await reportOf(admin, `${PERIOD}&team=${teamA.id}`)).body);
    const nobody = await reportOf(admin, `${PERIOD}&team=no-such-team`);
    expectError(nobody, 404, 'WM_NOT_FOUND');
    for (const refused of [
      await reportOf(lead, PERIOD),
      await reportOf(lead, `${PERIOD}&team=${teamB.id}`),
      await reportOf(notLead, `${PERIOD}&team=${teamA.id}`),
      await reportOf(notLead, PERIOD),
    ])
      expect({ status: refused.statusCode, body: refused.body }).toEqual({
        status: 404,
        body: nobody.body,
      });
  });

  it('refuses people, other services, a team outside the service and the signed out with the same 404 as nobody’s', async () => {
    const person = await signUp(t.app);
    const other = await aServiceAdmin(t, undefined, { secondFactor: true });
    const otherTeam = await aTeam(other);
    const nobody = await reportOf(admin, PERIOD, 'no-such-service');
    expectError(nobody, 404, 'WM_NOT_FOUND');
    for (const refused of [
      await reportOf(person, PERIOD),
      await reportOf(person, `${PERIOD}&team=${teamA.id}`),
      await reportOf(other, PERIOD),
      await reportOf(other, `${PERIOD}&team=${teamA.id}`),
      await reportOf(admin, `${PERIOD}&team=${otherTeam.id}`),
    ])
      expect({ status: refused.statusCode, body: refused.body }).toEqual({
        status: 404,
        body: nobody.body,
      });
    const signedOut = await t.app.inject({
      method: 'GET',
      url: `/api/services/${admin.serviceId}/outcomes?${PERIOD}`,
    });
    expectError(signedOut, 401, 'WM_AUTH_REQUIRED');
  });

  it('asks staff without a second factor to set one up first', async () => {
    const bare = await aServiceAdmin(t);
    expectError(await reportOf(bare, PERIOD, bare.serviceId), 403, 'WM_SECOND_FACTOR_REQUIRED');
    const practitioner = await aPractitionerIn(t, admin, teamA.id, { secondFactor: false });
    expectError(
      await reportOf(practitioner, `${PERIOD}&team=${teamA.id}`),
      403,
      'WM_SECOND_FACTOR_REQUIRED',
    );
  });

  it('refuses each bad input with its own code', async () => {
    const bad = (query: string) => reportOf(admin, query);
    expectError(await bad('from=2026-11&to=2026-09'), 400, 'WM_REPORT_PERIOD_BACKWARDS', 'to');
    expectError(await bad('from=2016-01&to=2026-01'), 400, 'WM_REPORT_PERIOD_TOO_LONG', 'to');
    // Exactly ten years is allowed.
    ok(await bad('from=2016-12&to=2026-11'));
    for (const query of [
      'from=2026-9&to=2026-11',
      'from=2026-13&to=2026-11',
      'from=1999-12&to=2026-11',
      'to=2026-11',
      `${PERIOD}&colour=blue`,
      `${PERIOD}&team=`,
      'from=2026-09&from=2026-10&to=2026-11',
    ])
      expectError(await bad(query), 400, 'WM_VALIDATION_FAILED');
    for (const query of [
      `${PERIOD}&person=${people[0]}`,
      `${PERIOD}&personId=${people[0]}`,
      `${PERIOD}&groupBy=person`,
      `${PERIOD}&by=person`,
      `${PERIOD}&breakdown=people`,
    ])
      expectError(await bad(query), 400, 'WM_REPORT_PERSON_LEVEL');
    // Team B counts one person: fewer than the 8 the policy shows, refused without any figure.
    const small = await bad(`${PERIOD}&team=${teamB.id}`);
    expectError(small, 422, 'WM_REPORT_GROUP_TOO_SMALL');
    expect(Object.keys(small.json().error).sort()).toEqual(['code', 'message', 'params']);
    expect(small.json().error.params).toEqual({ smallest: 8 });
    // A period before anyone recorded anything counts nobody.
    expectError(await bad('from=2020-01&to=2020-12'), 422, 'WM_REPORT_GROUP_TOO_SMALL');
  });

  it('gives the same table as CSV, as a download', async () => {
    const csv = ok(
      await admin.request({
        method: 'GET',
        url: `/api/services/${admin.serviceId}/outcomes.csv?${PERIOD}&team=${teamA.id}`,
      }),
    );
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe(
      'attachment; filename="waymark-outcomes-2026-09-to-2026-11.csv"',
    );
    const lines = csv.body.trimEnd().split('\r\n');
    expect(lines[0]).toBe('What,Key,Figure,From,To,Band,Value');
    expect(lines).toContain('Everything,,People counted,,,,10');
    expect(lines).toContain('PHQ-9,measure:phq-9:total,Mean at first,,,,15');
    expect(lines).toContain('PHQ-9,measure:phq-9:total,Mean change,,,,-6');
    for (const id of people) expect(csv.body).not.toContain(id);
    expectError(
      await admin.request({
        method: 'GET',
        url: `/api/services/${admin.serviceId}/outcomes.csv?${PERIOD}&by=person`,
      }),
      400,
      'WM_REPORT_PERSON_LEVEL',
    );
    expectError(
      await lead.request({
        method: 'GET',
        url: `/api/services/${admin.serviceId}/outcomes.csv?${PERIOD}`,
      }),
      404,
      'WM_NOT_FOUND',
    );
  });

  it('limits how many reports one account asks for in a minute', async () => {
    const busy = await aServiceAdmin(t, undefined, { secondFactor: true });
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++)
      statuses.push((await reportOf(busy, PERIOD, busy.serviceId)).statusCode);
    // Its service has nobody: each answer is the 422, until the 21st, which waits.
    expect(statuses.slice(0, 20).every((status) => status === 422)).toBe(true);
    expectError(await reportOf(busy, PERIOD, busy.serviceId), 429, 'WM_RATE_LIMITED');
  });
});
