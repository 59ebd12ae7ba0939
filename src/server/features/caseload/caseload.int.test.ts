// A practitioner's caseload (issue 14, decision 0044) on both databases: two people connected to
// the team, one sharing check-ins, measures and reviews (a PHQ-9 that rose by 8, a reliable
// deterioration), one sharing nothing the caseload reads; each row holds only what that person
// shared, a "for me only" check-in stays out, the read is logged under the practitioner's own
// name once per person shown, and sorts, filters and bad queries behave.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { create, expectError, ifMatch, paths } from '../../test/api.ts';
import {
  aServiceAdmin,
  type Client,
  signUp,
  startTestApp,
  type TestApp,
} from '../../test/app-harness.ts';
import { aCheckin, checkinUrls } from '../../test/checkin-fixtures.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { aGoal, aLifeArea } from '../../test/fixtures.ts';
import { aPhq9Answer } from '../../test/measure-fixtures.ts';
import { aPractitionerIn, aTeam, connectToTeam } from '../../test/team-fixtures.ts';

type Row = {
  personId: string;
  name: string;
  team: { id: string; name: string };
  shared: Record<string, boolean>;
  lastCheckIn: string | null;
  lifeAreas: { direction: string | null };
  measures: {
    measureId: string;
    latest: number;
    previous: number | null;
    direction: string | null;
    reliableChange: string | null;
  }[];
  reviewDue: boolean | null;
  nextReviewDate: string | null;
  suggestionsWaiting: number;
  needsAttention: boolean;
};

describe.each(DIALECTS)('The caseload on %s', (dialect) => {
  let t: TestApp;
  let priya: Client;
  let dana: Client;
  let zoe: Client;
  let ben: Client;
  let team: { id: string; name: string; code: string };

  const get = (client: Client, url: string) => client.request({ method: 'GET', url });
  const caseload = async (client: Client, query = '') => {
    const response = await get(client, `/api/caseload${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { teams: { id: string; name: string }[]; people: Row[] };
  };
  const caseloadViews = async (personId: string) =>
    (await t.services.accessLog.list(personId)).filter(
      (entry) => entry.what === 'viewed' && entry.detail.route === 'GET /api/caseload',
    );

  beforeAll(async () => {
    t = await startTestApp(dialect);
    const admin = await aServiceAdmin(t);
    team = await aTeam(admin, 'Riverside team');
    const other = await aTeam(admin, 'Hillside team');
    priya = await aPractitionerIn(t, admin, team.id, { name: 'Priya Shah' });
    dana = await aPractitionerIn(t, admin, other.id, { name: 'Dana Cole' });

    // Zoe shares check-ins, measures and reviews.
    zoe = await signUp(t.app, { displayName: 'Zoe Adams' });
    await connectToTeam(zoe, team.code, { checkins: 'view', measures: 'view', reviews: 'view' });
    const urls = checkinUrls(zoe.personId);
    const shared = await zoe.request({
      method: 'POST',
      url: urls.checkins,
      payload: aCheckin({ takenAt: '2026-11-23T09:00:00+00:00' }),
    });
    expect(shared.statusCode, shared.body).toBe(201);
    const mine = await zoe.request({
      method: 'POST',
      url: urls.checkins,
      payload: aCheckin({ takenAt: '2026-11-24T09:00:00+00:00', forMeOnly: true }),
    });
    expect(mine.statusCode, mine.body).toBe(201);
    const area = await create(zoe, paths(zoe.personId).lifeAreas, aLifeArea({ name: 'Home' }));
    for (const [date, score] of [
      ['2026-11-01', 5],
      ['2026-11-20', 3],
    ] as const) {
      const rated = await zoe.request({
        method: 'POST',
        url: urls.ratings,
        payload: { date, ratings: [{ lifeAreaId: area.id, score, wantHelp: false }] },
      });
      expect(rated.statusCode, rated.body).toBe(201);
    }
    // PHQ-9 from 4 to 12: 8 points worse, past the reliable-change threshold of 6.
    for (const scores of [
      [1, 1, 1, 1, 0, 0, 0, 0, 0],
      [2, 2, 2, 2, 1, 1, 1, 1, 0],
    ]) {
      t.clock.advanceMinutes(1);
      const answered = await zoe.request({
        method: 'POST',
        url: `/api/people/${zoe.personId}/measure-responses`,
        payload: aPhq9Answer(scores),
      });
      expect(answered.statusCode, answered.body).toBe(201);
    }
    const review = await zoe.request({
      method: 'POST',
      url: `/api/people/${zoe.personId}/reviews`,
      payload: {},
    });
    expect(review.statusCode, review.body).toBe(201);
    const met = await zoe.request({
      method: 'PUT',
      url: `/api/people/${zoe.personId}/reviews/${review.json().id}/meeting`,
      headers: ifMatch(review.json().version),
      payload: { meetingOn: '2026-08-20', nextReviewOn: '2026-11-20', areas: [] },
    });
    expect(met.statusCode, met.body).toBe(200);

    // Ben shares only goals (with suggest), and has a suggestion from Priya waiting.
    ben = await signUp(t.app, { displayName: 'Ben Brown' });
    await connectToTeam(ben, team.code, { goals: 'suggest' });
    await create(ben, paths(ben.personId).goals, aGoal({ title: 'Walk to the park' }));
    const suggested = await priya.request({
      method: 'POST',
      url: `/api/people/${ben.personId}/suggestions/goals`,
      payload: { itemId: null, baseVersion: 0, data: aGoal({ title: 'Cook once a week' }) },
    });
    expect(suggested.statusCode, suggested.body).toBe(201);
  });
  afterAll(() => t.close());

  it('shows each person only what they shared, in plain rows, by name', async () => {
    const { teams, people } = await caseload(priya);
    expect(teams).toEqual([{ id: team.id, name: 'Riverside team' }]);
    expect(people.map((row) => row.name)).toEqual(['Ben Brown', 'Zoe Adams']);
    const [benRow, zoeRow] = people;
    expect(zoeRow).toMatchObject({
      personId: zoe.personId,
      team: { id: team.id, name: 'Riverside team' },
      shared: { checkins: true, measures: true, reviews: true },
      // The later check-in was kept "for me only": its date is not shown.
      lastCheckIn: '2026-11-23',
      lifeAreas: { direction: 'worse' },
      reviewDue: true,
      nextReviewDate: '2026-11-20',
      suggestionsWaiting: 0,
      needsAttention: true,
    });
    expect(zoeRow?.measures).toEqual([
      expect.objectContaining({
        measureId: 'phq-9',
        latest: 12,
        previous: 4,
        direction: 'worse',
        reliableChange: 'deterioration',
        reliableChangeDefined: true,
      }),
    ]);
    expect(benRow).toEqual({
      personId: ben.personId,
      name: 'Ben Brown',
      team: { id: team.id, name: 'Riverside team' },
      shared: { checkins: false, measures: false, reviews: false },
      lastCheckIn: null,
      lifeAreas: { direction: null, from: null, to: null },
      measures: [],
      reviewDue: null,
      nextReviewDate: null,
      suggestionsWaiting: 1,
      needsAttention: false,
    });
  });

  it('logs one read per person shown, under the practitioner’s own name, and none for nothing shown', async () => {
    const before = (await caseloadViews(zoe.personId)).length;
    await caseload(priya);
    const entries = await caseloadViews(zoe.personId);
    expect(entries).toHaveLength(before + 1);
    expect(entries.at(-1)).toMatchObject({
      actorId: priya.personId,
      actorName: 'Priya Shah',
      actorRole: 'practitioner',
      section: null,
      detail: {
        route: 'GET /api/caseload',
        sections: 'checkins,measures,reviews',
        team: 'Riverside team',
      },
    });
    // Ben shared nothing the caseload reads: his name alone is no read of his record.
    expect(await caseloadViews(ben.personId)).toEqual([]);
  });

  it('sorts and filters', async () => {
    const names = async (query: string) =>
      (await caseload(priya, query)).people.map((row) => row.name);
    expect(await names('?sort=deterioration')).toEqual(['Zoe Adams', 'Ben Brown']);
    expect(await names('?sort=lastCheckIn')).toEqual(['Zoe Adams', 'Ben Brown']);
    expect(await names('?sort=reviewDue')).toEqual(['Zoe Adams', 'Ben Brown']);
    expect(await names('?sort=name&needsAttention=true')).toEqual(['Zoe Adams']);
    expect(await names(`?team=${team.id}`)).toEqual(['Ben Brown', 'Zoe Adams']);
    expect(await names('?team=another-team')).toEqual([]);
  });

  it('shows a practitioner in another team neither person, and reads nothing for them', async () => {
    const before = (await caseloadViews(zoe.personId)).length;
    expect((await caseload(dana)).people).toEqual([]);
    expect(await caseloadViews(zoe.personId)).toHaveLength(before);
    // The person themselves has no caseload.
    expect((await caseload(zoe)).people).toEqual([]);
  });

  it('refuses a bad query with a 400 and reads nothing', async () => {
    const before = (await caseloadViews(zoe.personId)).length;
    for (const query of [
      '?sort=worst',
      '?needsAttention=maybe',
      `?team=${'x'.repeat(101)}`,
      '?team=',
      '?colour=red',
    ]) {
      const response = await get(priya, `/api/caseload${query}`);
      expectError(response, 400, 'WM_VALIDATION_FAILED');
    }
    expect(await caseloadViews(zoe.personId)).toHaveLength(before);
  });

  it('refuses staff without a second factor, and anyone not signed in', async () => {
    const admin = await aServiceAdmin(t);
    const newTeam = await aTeam(admin, 'Newtown team');
    const noFactor = await aPractitionerIn(t, admin, newTeam.id, { secondFactor: false });
    expectError(await get(noFactor, '/api/caseload'), 403, 'WM_SECOND_FACTOR_REQUIRED');
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/caseload' });
    expect(anonymous.statusCode).toBe(401);
  });
});
